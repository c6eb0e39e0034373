#include "wizard/summary_pages.h"

#include "documents/export.h"
#include "documents/letter_writer.h"
#include "documents/letters.h"
#include "documents/render.h"
#include "rules/wording.h"
#include "wizard/actions.h"
#include "wizard/answers.h"

namespace redress::wizard {
namespace {

Block heading(std::string text) { return {BlockType::heading, std::move(text)}; }
Block paragraph(std::string text, std::string_view cite = {}) {
    return {BlockType::paragraph, std::move(text), {}, {}, std::nullopt, std::string(cite)};
}
// A finding as the page shows it: its quote only where it is the source's own words (a summary of
// the Code is not quoted: the reason states the rule, and the clause is given).
Block finding(const Finding& f, BlockType type, const Policy& code) {
    return {type, f.reason, {}, {}, f.result, std::string(f.cite),
            quote_is_summary(code, f.cite) ? std::string() : std::string(f.quote),
            std::string(type == BlockType::warning ? "Important" : row_of(f.result).label)};
}

std::string who(const Case& c, const Policy& landlord) { return landlord_display_name(c, landlord); }

// "Halton Housing should acknowledge the complaint by this date.", "The last day to ask for stage
// 2.", or for the law's duties "Halton Housing must investigate the damp and mould by this date."
std::string deadline_sentence(const Deadline& d, const std::string& landlord, Hazard hazard) {
    const DeadlineKindRow& kind = row_of(d.key);
    const std::string what = kind_words(kind.duty, landlord, hazard);
    const bool tenants_step = kind.tenants_step;
    std::string s = tenants_step ? "The last day to " + what + "."
                                 : wording::capitalised(landlord) + (d.basis == Basis::law ? " must " : " should ") + what +
                                       " by this date.";
    s += " That is " + wording::duration(d.count, d.unit) + " from " + format_long_date(d.anchor_date);
    // Calendar days and months: the working days too. Hours and weeks run on through every day.
    if ((d.unit == Unit::days || d.unit == Unit::months) && d.working_days > 0)
        s += " (" + wording::duration(d.working_days, Unit::working_days) + ")";
    s += ".";
    if (!d.holidays.empty()) {
        s += " Bank holidays on the way, not counted as working days: ";
        for (std::size_t k = 0; k < d.holidays.size(); ++k) {
            if (k > 0) s += k + 1 == d.holidays.size() ? " and " : ", ";
            s += std::string(d.holidays[k].title) + " (" + format_long_date(d.holidays[k].date) + ")";
        }
        s += ".";
    }
    if (d.basis == Basis::code && d.policy_date && d.code_date && *d.policy_date != *d.code_date)
        s += " The Code's shorter time applies; the landlord's policy alone would give " + format_long_date(*d.policy_date) + ".";
    return s;
}

// The label of the option chosen, or the labels of those ticked, one per line.
std::string option_labels(const Field& f) {
    std::string out;
    for (const Option& o : f.options)
        if (list_has(f.value, o.value)) out += (out.empty() ? "" : "\n") + o.label;
    return out;
}

// The hazard first, before the complaint's reasons: in an emergency what to do first, then what
// the law says the landlord must do and by when (or why its timescales do not apply).
void hazard_section(const Case& c, const Verdict& v, const std::string& name, const Policy& code,
                    std::vector<Block>& out) {
    if (hazard_class(c.issue) == Hazard::none) return;
    if (const Finding* f = find_finding(v, RuleKind::hazard_danger)) out.push_back(finding(*f, BlockType::warning, code));
    const std::string words(row_of(hazard_class(c.issue)).words);
    out.push_back(heading(v.awaabs_law ? "What " + name + " must do about the " + words
                                       : "The " + words + " in your home"));
    for (const Finding& f : v.findings)
        if (is_hazard_rule(f.rule.kind) && f.rule.kind != RuleKind::hazard_danger) out.push_back(finding(f, BlockType::finding, code));
}

// Whether a finding is one of the complaint's own reasons (the hazard's and the policy's date
// are shown on their own).
bool complaint_finding(const Finding& f) { return !is_hazard_rule(f.rule.kind); }

// A landlord's policy past its own review or end date: the version Redress holds, that the
// landlord may have a newer one, and (for a complaint made once the Code was statutory) that the
// Code's minimums apply whatever it says; cited and quoted from the policy's own front page.
void policy_version(const Verdict& v, const Policy& landlord, const Policy& code, std::vector<Block>& out) {
    const auto& review = landlord.review;
    if (!review || v.policy_current.value_or(true)) return;
    std::string text = "The version of " + wording::possessive(landlord.short_name) + " policy Redress holds is its " +
                       landlord.document + " (" + landlord.date + "). It " + std::string(row_of(review->kind).words) + " " +
                       review->stated + ", so " + landlord.short_name + " may have a newer one.";
    if (v.code_applies) text += " Whatever a newer version says, the Complaint Handling Code's minimums apply to your complaint.";
    out.push_back({BlockType::finding, std::move(text), {}, {}, FindingResult::info,
                   review->source.full_cite + (v.code_applies ? "; " + code.statutory.cite : ""), review->source.quote, ""});
}

}  // namespace

void result_content(const Case& c, const Verdict& v, const PolicyCatalogue& catalogue, ViewModel& view) {
    const Policy& landlord = *catalogue.find(c.landlord);
    const Policy& code = *catalogue.baseline();
    const std::string name = who(c, landlord);
    view.heading = v.headline;
    auto& out = view.content;

    hazard_section(c, v, name, code, out);
    if (v.consent_required) {
        if (const Finding* f = find_finding(v, RuleKind::consent)) out.push_back(finding(*f, BlockType::warning, code));
    }

    out.push_back(heading(hazard_class(c.issue) == Hazard::none ? "Why" : "Your complaint"));
    for (const Finding& f : v.findings)
        if (f.result != FindingResult::info && f.result != FindingResult::conflict && complaint_finding(f))
            out.push_back(finding(f, BlockType::finding, code));

    out.push_back(heading("Where " + wording::possessive(name) + " policy and the Code differ"));
    policy_version(v, landlord, *catalogue.baseline(), out);
    bool differs = false;
    const auto& t = v.time_limit;
    if (!landlord.baseline && t.code_months && *t.code_months != t.policy_months && t.code_ends) {
        differs = true;
        out.push_back(paragraph(wording::capitalised(wording::possessive(name)) + " policy gives " +
                                    wording::duration(t.policy_months, Unit::months) + " to complain, to " +
                                    format_long_date(t.policy_ends) + ". The Housing Ombudsman's Code gives " +
                                    wording::duration(*t.code_months, Unit::months) + ", to " + format_long_date(*t.code_ends) +
                                    ".",
                                t.cite));
    }
    for (const Finding& f : v.findings) {
        if (f.result != FindingResult::conflict) continue;
        differs = true;
        Block b = finding(f, BlockType::finding, code);
        if (!f.code_cite.empty()) b.cite.append("; ").append(f.code_cite);
        out.push_back(std::move(b));
    }
    if (v.code_applies && differs && catalogue.baseline() != nullptr)
        out.push_back(paragraph("The Code is the law's floor for every social landlord in England. Where the policy "
                                "gives less, the Code applies, and the Housing Ombudsman will hold the landlord to it.",
                                catalogue.baseline()->statutory.cite));
    if (!differs) out.push_back(paragraph("Here, the policy and the Code agree."));

    out.push_back(heading("Your dates"));
    Block timeline{BlockType::timeline};
    if (t.ends != Date{})
        timeline.rows.push_back({format_long_date(t.ends),
                                 std::string(t.in_time ? "The last day to complain within the time limit: "
                                                       : "The time limit ended: ") +
                                     wording::duration(t.months, Unit::months) + " from " + format_long_date(t.measured_from) +
                                     " (" + std::string(t.cite) + ").",
                                 ""});
    for (const Deadline& d : v.deadlines)
        timeline.rows.push_back({format_long_date(d.date), deadline_sentence(d, name, hazard_class(c.issue)) + " (" + std::string(d.cite) + ")", ""});
    if (timeline.rows.empty()) out.push_back(paragraph("There are no dates to show yet."));
    else out.push_back(std::move(timeline));

    bool any_info = false;
    for (const Finding& f : v.findings) {
        if (f.result != FindingResult::info || !complaint_finding(f)) continue;
        if (!any_info) out.push_back(heading("Good to know"));
        any_info = true;
        out.push_back(finding(f, BlockType::finding, code));
    }

    out.push_back(heading("What to do next"));
    Block steps{BlockType::list};
    for (const auto& step : v.next_steps) steps.items.push_back(step.text + (step.cite.empty() ? "" : " (" + std::string(step.cite) + ")"));
    out.push_back(std::move(steps));

    out.push_back(heading("The Housing Ombudsman"));
    out.push_back(paragraph("The Housing Ombudsman can give free advice at any stage, and can investigate once the "
                            "landlord's process has ended. It is free and independent.",
                            v.ombudsman.cite));
    out.push_back({BlockType::rows, "", {}, {{"Phone", std::string(v.ombudsman.phone), ""}, {"Post", std::string(v.ombudsman.post), ""},
                                             {"Online", std::string(v.ombudsman.online), ""}}});
    // One plain sentence, last: what this page is not, and where to get what it is not (issue 33).
    out.push_back(paragraph(std::string(kNotLegalAdvice)));
}

// Each question once: a page that asks one question is its own row; a page of several is headed.
// Pages that no longer apply but still hold answers (they still count) are shown too.
void check_content(const Answers& a, const PolicyCatalogue& catalogue, Date today, ViewModel& view) {
    const FlowState state{a, catalogue, today};
    for (const PageRow& page : Vocabulary<PageId>::rows) {
        if (!is_question_page(page.value) || !(page_applies(page.value, state) || page_answered(page.value, a))) continue;
        const PageSpec spec = page_spec(page.value, a, catalogue);
        Block rows{BlockType::rows, spec.questions.size() > 1 ? spec.heading : ""};
        for (const Question& q : spec.questions) {
            Field f = q.field;
            f.value = answer(a, f.id);
            std::string value;
            if (f.type == FieldType::radio || f.type == FieldType::checkboxes) value = option_labels(f);
            else if (f.type == FieldType::date) {
                const std::string iso = date_answer(a, f.id);
                const auto d = parse_iso_date(iso);
                value = d ? format_long_date(*d) : "";
            } else value = f.value;
            if (value.empty()) value = "Not given";
            rows.rows.push_back({f.label, value, std::string(page.name)});
        }
        view.content.push_back(std::move(rows));
    }
}

void documents_content(const Case& c, const Verdict& v, const PolicyCatalogue& catalogue, ViewModel& view) {
    const auto kinds = recommended_documents(c, v);
    const DocumentKind main = kinds.front();
    for (DocumentKind kind : kinds) {
        const Document d = write_document(kind, c, catalogue);
        DocumentEntry e;
        e.kind = std::string(name_of(kind));
        e.title = d.title;
        e.why = std::string(why_recommended(kind, c, v));
        e.text = render_text(d);
        e.how_to_send = d.how_to_send;
        const auto button = [kind](const char* label, ExportAs as) {
            return Button{label, ButtonStyle::secondary, action_json(Export{kind, as})};
        };
        e.buttons = {button("Copy the text", ExportAs::copy), button("Download as text", ExportAs::text),
                     button("Download to print (HTML)", ExportAs::html),
                     button("Download in large print", ExportAs::large_print), button("Print", ExportAs::print)};
        if (!d.email_to.empty()) e.buttons.push_back(button("Email it", ExportAs::mailto));
        view.documents.push_back(std::move(e));
    }
    view.buttons.push_back({"Save my case file (to carry on later)", ButtonStyle::secondary,
                            action_json(Export{main, ExportAs::case_file})});
    view.buttons.push_back({"Add the dates to my calendar", ButtonStyle::secondary,
                            action_json(Export{main, ExportAs::calendar})});
}

}  // namespace redress::wizard
