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
    stage1, stage2, discretion, service_request, consent, representation, ombudsman, last_ = ombudsman };
struct DocumentKindRow {
    DocumentKind value;
    std::string_view name;  // as `redress letter --kind` takes it
};
inline constexpr DocumentKindRow kDocumentKindRows[] = {
    {DocumentKind::stage1, "stage1"},
    {DocumentKind::stage2, "stage2"},
    {DocumentKind::discretion, "discretion"},
    {DocumentKind::service_request, "service-request"},
    {DocumentKind::consent, "consent"},
    {DocumentKind::representation, "representation"},
    {DocumentKind::ombudsman, "ombudsman"},
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

struct Document {
    DocumentKind kind = DocumentKind::stage1;
    std::string title;     // "Stage 1 complaint"
    std::string subject;   // the subject line, also the e-mail subject
    std::string email_to;  // the landlord's published complaints e-mail, if any (for a mailto: link)
    std::vector<Block> blocks;
    std::vector<std::string> how_to_send;  // advice for the sender, shown beside the document, not in it
};

}  // namespace redress
