#pragma once
// A document Redress writes for a tenant (a letter, a consent declaration, a summary), as a list
// of blocks. The blocks say what they are (heading, paragraph, list item, quote...) and where
// their words come from, so one document renders as plain text or HTML, and the tests can hold
// Redress's own wording to a reading age without counting the tenant's words or the policy quotes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

enum class DocumentKind { stage1, stage2, discretion, service_request, consent, representation, ombudsman };

inline constexpr DocumentKind kAllDocumentKinds[] = {
    DocumentKind::stage1,  DocumentKind::stage2,         DocumentKind::discretion, DocumentKind::service_request,
    DocumentKind::consent, DocumentKind::representation, DocumentKind::ombudsman};

// "stage1", "service-request", ... (the names `redress letter --kind` takes).
std::string_view kind_name(DocumentKind kind);
std::optional<DocumentKind> parse_kind(std::string_view name);

struct Block {
    enum class Type {
        heading,    // a section heading
        paragraph,  // running text
        item,       // one item of a list (consecutive items form one list)
        quote,      // words quoted from a source; `cite` says which clause
        lines,      // lines kept as they are: an address, a contact block
        signature,  // a line to sign or fill in by hand
    };
    // Where the words come from. Only `fixed` is Redress's own wording.
    enum class Origin {
        fixed,   // Redress's wording, perhaps with names and dates filled in
        user,    // typed by the tenant or their representative
        source,  // taken from a policy or the Code
    };
    Type type = Type::paragraph;
    Origin origin = Origin::fixed;
    std::string text;
    std::string cite;  // for quotes: "Halton Housing Talk To Us Policy 5.1"
};

// "heading", "paragraph", ... and "fixed", "user", "source": the names the case file uses.
std::string_view block_type_name(Block::Type type);
std::string_view block_origin_name(Block::Origin origin);

struct Document {
    DocumentKind kind = DocumentKind::stage1;
    std::string title;     // "Stage 1 complaint"
    std::string subject;   // the subject line, also the e-mail subject
    std::string email_to;  // the landlord's published complaints e-mail, if any (for a mailto: link)
    std::vector<Block> blocks;
    std::vector<std::string> how_to_send;  // advice for the sender, shown beside the document, not in it
};

}  // namespace redress
