#include "wizard/page_templates.h"

#include <algorithm>

#include "rules/wording.h"

namespace redress::wizard {
namespace {

// The named parts a template may hold, and what each stands for.
struct Placeholder {
    std::string_view name;
    std::string (*value)(const TemplateWords&);
};
constexpr Placeholder kPlaceholders[] = {
    {"landlord", [](const TemplateWords& w) { return w.landlord; }},
    {"landlord's", [](const TemplateWords& w) { return wording::possessive(w.landlord); }},
    {"representative", [](const TemplateWords& w) { return w.representative; }},
    {"no-reasons-cite", [](const TemplateWords& w) { return w.no_reasons_cite; }},
    {"hazard-lead", [](const TemplateWords& w) { return w.hazard_lead; }},
    {"hazard-done", [](const TemplateWords& w) { return std::string(w.emergency ? "make it safe" : "finish looking into it"); }},
    {"hazard-done-past", [](const TemplateWords& w) { return std::string(w.emergency ? "made it safe" : "finished looking into it"); }},
    {"hazard-done-hint", [](const TemplateWords& w) {
         return w.emergency ? std::string() : "The day " + w.landlord + " said what its inspection found. ";
     }},
};

}  // namespace

std::string landlord_name(const Answers& a, const PolicyCatalogue& catalogue) {
    const Policy* p = catalogue.find(answer(a, "landlord"));
    if (p == nullptr) return "your landlord";
    if (p->baseline) {
        const std::string given = answer(a, "landlord_name");
        return given.empty() ? "the landlord" : given;
    }
    return p->short_name;
}


std::string fill(std::string_view text, const TemplateWords& w) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(at, open - at));
        const std::string_view part = text.substr(open + 1, close - open - 1);
        const auto named = std::find_if(std::begin(kPlaceholders), std::end(kPlaceholders),
                                        [part](const Placeholder& p) { return p.name == part; });
        if (const std::size_t bar = part.find('|'); bar != std::string_view::npos)
            out.append(w.self ? part.substr(0, bar) : part.substr(bar + 1));
        else if (named != std::end(kPlaceholders)) out += named->value(w);
        else out.append(text.substr(open, close - open + 1));  // unknown: left showing, so a test sees it
        at = close + 1;
    }
    out.append(text.substr(std::min(at, text.size())));
    return out;
}

Question question(const QuestionSpec& spec, const TemplateWords& w) {
    Question q;
    Field& f = q.field;
    f.id = spec.id;
    f.type = spec.type;
    f.label = fill(spec.label, w);
    f.hint = fill(spec.hint, w);
    f.optional = spec.missing.empty();
    f.max_length = spec.max_length;
    f.autocomplete = fill(spec.autocomplete, w);
    for (const OptionSpec& o : spec.options)
        f.options.push_back({std::string(o.value), fill(o.label, w), std::string(o.hint), o.exclusive});
    q.missing = fill(spec.missing, w);
    q.date_name = fill(spec.date_name, w);
    return q;
}

}  // namespace redress::wizard
