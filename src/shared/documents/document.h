#pragma once
// A document Redress writes for a tenant (a letter, a consent declaration, a summary), as a list
// of blocks. The blocks say what they are (heading, paragraph, list item, quote...) and where
// their words come from, so one document renders as plain text or HTML, and the tests can hold
// Redress's own wording to a reading age without counting the tenant's words or the policy quotes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/vocabulary.h"

namespace redress {

enum class DocumentKind : std::uint8_t {
    stage1, stage2, discretion, service_request, consent, representation, ombudsman, chaser, last_ = chaser };
struct DocumentKindRow {
    DocumentKind value;
    std::string_view name;  // as `redress letter --kind` takes it
    std::string_view noun;  // what it is, in "not part of the letter"
};
inline constexpr DocumentKindRow kDocumentKindRows[] = {
    {DocumentKind::stage1, "stage1", "letter"},
    {DocumentKind::stage2, "stage2", "letter"},
    {DocumentKind::discretion, "discretion", "letter"},
    {DocumentKind::service_request, "service-request", "letter"},
    {DocumentKind::consent, "consent", "form"},
    {DocumentKind::representation, "representation", "letter"},
    {DocumentKind::ombudsman, "ombudsman", "summary"},
    {DocumentKind::chaser, "chaser", "letter"},
};
template <> struct Vocabulary<DocumentKind> : Rows<kDocumentKindRows> {};

struct Block {
    // heading: a section heading; paragraph: running text; item: one item of a list (consecutive
    // items form one list); quote: words quoted from a source, `cite` says which clause; lines:
    // kept as they are (an address, a contact block); signature: a line to sign or fill in by hand.
    enum class Type : std::uint8_t { heading, paragraph, item, quote, lines, signature, last_ = signature };
    // Where the words come from. Only `fixed` is Redress's own wording (perhaps with names and
    // dates filled in); `user` was typed by the tenant or their representative; `source` is
    // taken from a policy or the Code.
    enum class Origin : std::uint8_t { fixed, user, source, last_ = source };
    Type type = Type::paragraph;
    Origin origin = Origin::fixed;
    std::string text;
    std::string cite;  // for quotes: "Halton Housing Talk To Us Policy 5.1"
};

struct BlockTypeRow {
    Block::Type value;
    std::string_view name;  // as the case file writes it
};
inline constexpr BlockTypeRow kBlockTypeRows[] = {
    {Block::Type::heading, "heading"}, {Block::Type::paragraph, "paragraph"}, {Block::Type::item, "item"},
    {Block::Type::quote, "quote"},     {Block::Type::lines, "lines"},         {Block::Type::signature, "signature"}};
template <> struct Vocabulary<Block::Type> : Rows<kBlockTypeRows> {};
struct BlockOriginRow {
    Block::Origin value;
    std::string_view name;
};
inline constexpr BlockOriginRow kBlockOriginRows[] = {
    {Block::Origin::fixed, "fixed"}, {Block::Origin::user, "user"}, {Block::Origin::source, "source"}};
template <> struct Vocabulary<Block::Origin> : Rows<kBlockOriginRows> {};

// Who a document speaks for (who signs it), and who it is for.
// - tenant: the tenant, in the first person ("I am making a complaint").
// - representative: someone acting for the tenant, in their own name, with the tenant in the
//   third person ("I am writing for Sam Taylor. They are your tenant.").
enum class Speaker : std::uint8_t { tenant, representative, last_ = representative };
struct SpeakerRow {
    Speaker value;
    std::string_view name;
};
inline constexpr SpeakerRow kSpeakerRows[] = {{Speaker::tenant, "tenant"}, {Speaker::representative, "representative"}};
template <> struct Vocabulary<Speaker> : Rows<kSpeakerRows> {};

enum class Reader : std::uint8_t { landlord, ombudsman, last_ = ombudsman };
struct ReaderRow {
    Reader value;
    std::string_view name;
};
inline constexpr ReaderRow kReaderRows[] = {{Reader::landlord, "landlord"}, {Reader::ombudsman, "ombudsman"}};
template <> struct Vocabulary<Reader> : Rows<kReaderRows> {};

struct Document {
    DocumentKind kind = DocumentKind::stage1;
    Speaker speaker = Speaker::tenant;
    Reader reader = Reader::landlord;
    std::string title;     // "Stage 1 complaint"
    std::string subject;   // the subject line, also the e-mail subject
    std::string email_to;  // the landlord's published complaints e-mail, if any (for a mailto: link)
    std::vector<Block> blocks;  // the document itself: every sentence for `reader`, in the voice of `speaker`
    // "Before you send": advice for whoever sends it (the tenant, or the representative), never in
    // the document itself. Printed above it in the text and HTML versions; not in a copy or an email.
    std::vector<std::string> how_to_send;
};

}  // namespace redress
