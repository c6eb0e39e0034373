#include "documents/document.h"

namespace redress {

std::string_view kind_name(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::stage1: return "stage1";
        case DocumentKind::stage2: return "stage2";
        case DocumentKind::discretion: return "discretion";
        case DocumentKind::service_request: return "service-request";
        case DocumentKind::consent: return "consent";
        case DocumentKind::representation: return "representation";
        case DocumentKind::ombudsman: return "ombudsman";
    }
    return "stage1";
}

std::optional<DocumentKind> parse_kind(std::string_view name) {
    for (DocumentKind kind : kAllDocumentKinds)
        if (kind_name(kind) == name) return kind;
    return std::nullopt;
}

std::string_view block_type_name(Block::Type type) {
    switch (type) {
        case Block::Type::heading: return "heading";
        case Block::Type::paragraph: return "paragraph";
        case Block::Type::item: return "item";
        case Block::Type::quote: return "quote";
        case Block::Type::lines: return "lines";
        case Block::Type::signature: return "signature";
    }
    return "paragraph";
}

std::string_view block_origin_name(Block::Origin origin) {
    switch (origin) {
        case Block::Origin::fixed: return "fixed";
        case Block::Origin::user: return "user";
        case Block::Origin::source: return "source";
    }
    return "fixed";
}

}  // namespace redress
