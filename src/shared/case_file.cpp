#include "case_file.h"

#include "case_json.h"
#include "document_render.h"
#include "engine.h"
#include "json_input.h"
#include "letters.h"
#include "mailto.h"
#include "verdict_json.h"

namespace redress {

std::string export_case_file(const Case& c, const std::vector<DocumentKind>& kinds, const PolicyCatalogue& catalogue) {
    nlohmann::json documents = nlohmann::json::array();
    for (DocumentKind kind : kinds) {
        const Document d = write_document(kind, c, catalogue);
        nlohmann::json blocks = nlohmann::json::array();
        for (const Block& b : d.blocks) {
            nlohmann::json block = {{"type", std::string(block_type_name(b.type))},
                                    {"origin", std::string(block_origin_name(b.origin))},
                                    {"text", b.text}};
            if (!b.cite.empty()) block["cite"] = b.cite;
            blocks.push_back(std::move(block));
        }
        nlohmann::json item = {{"kind", std::string(kind_name(kind))}, {"title", d.title}, {"subject", d.subject},
                               {"text", render_text(d)}, {"blocks", std::move(blocks)}, {"how_to_send", d.how_to_send}};
        if (auto link = mailto_link(d)) item["mailto"] = *link;
        documents.push_back(std::move(item));
    }
    nlohmann::json file = {{"format", std::string(kCaseFileFormat)},
                           {"schema", kCaseFileSchema},
                           {"case", case_to_json(c)},
                           {"verdict", verdict_to_json(evaluate(c, catalogue))},
                           {"documents", std::move(documents)}};
    return file.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<Case> import_case(std::string_view text, const PolicyCatalogue& catalogue, Date today, InputError& error) {
    error = {};
    const auto root = parse_json(text, error, kMaxCaseFileBytes);
    if (!root) return std::nullopt;
    if (!root->is_object() || !root->contains("format")) {
        if (text.size() > kMaxJsonBytes) {
            error = {"", "the input is larger than 1 MB"};
            return std::nullopt;
        }
        return parse_case_json(*root, "", catalogue, today, error);
    }
    FieldReader r(*root, "", &error);
    const std::string format = r.string("format", true, 100);
    if (r.ok() && format != kCaseFileFormat)
        r.fail("format", "\"" + format.substr(0, 40) + "\" is not a Redress case file (expected \"" +
                             std::string(kCaseFileFormat) + "\")");
    const int schema = r.integer("schema", 1, 1000000, true);
    if (r.ok() && schema != kCaseFileSchema)
        r.fail("schema", "version " + std::to_string(schema) + " is not one this version of Redress reads (it reads version " +
                             std::to_string(kCaseFileSchema) + ")");
    const nlohmann::json* case_node = r.object("case", true);
    if (!r.ok() || case_node == nullptr) return std::nullopt;
    return parse_case_json(*case_node, "case", catalogue, today, error);
}

}  // namespace redress
