#include "verdict_json.h"

namespace redress {
namespace {

nlohmann::json finding_json(const Finding& f) {
    nlohmann::json j = {{"rule", f.rule}, {"result", f.result}, {"cite", f.cite}, {"reason", f.reason}};
    if (!f.quote.empty()) j["quote"] = f.quote;
    if (!f.code_cite.empty()) j["code_cite"] = f.code_cite;
    return j;
}

}  // namespace

nlohmann::json verdict_to_json(const Verdict& v) {
    nlohmann::json j;
    j["landlord"] = v.landlord;
    j["outcome"] = v.outcome;
    j["policy_outcome"] = v.policy_outcome;
    j["consent_required"] = v.consent_required;

    const auto& t = v.time_limit;
    nlohmann::json tl = {{"months", t.months}, {"ends", format_iso_date(t.ends)}, {"measured_from", format_iso_date(t.measured_from)},
                         {"in_time", t.in_time}, {"cite", t.cite},
                         {"policy", {{"months", t.policy_months}, {"ends", format_iso_date(t.policy_ends)}}}};
    if (t.code_months && t.code_ends) tl["code"] = {{"months", *t.code_months}, {"ends", format_iso_date(*t.code_ends)}};
    j["time_limit"] = std::move(tl);

    nlohmann::json deadlines = nlohmann::json::object(), details = nlohmann::json::array();
    for (const Deadline& d : v.deadlines) {
        deadlines[d.key] = format_iso_date(d.date);
        nlohmann::json item = {{"key", d.key}, {"date", format_iso_date(d.date)}, {"basis", d.basis}, {"cite", d.cite},
                               {"count", d.count}, {"unit", d.unit}, {"anchor", d.anchor},
                               {"anchor_date", format_iso_date(d.anchor_date)}, {"working_days", d.working_days}};
        if (d.policy_date) item["policy_date"] = format_iso_date(*d.policy_date);
        if (d.code_date) item["code_date"] = format_iso_date(*d.code_date);
        nlohmann::json holidays = nlohmann::json::array();
        for (const BankHoliday& h : d.holidays)
            holidays.push_back({{"date", format_iso_date(h.date)}, {"title", std::string(h.title)}});
        item["bank_holidays"] = std::move(holidays);
        details.push_back(std::move(item));
    }
    j["deadlines"] = std::move(deadlines);

    nlohmann::json findings = nlohmann::json::array(), conflicts = nlohmann::json::array();
    for (const Finding& f : v.findings) {
        findings.push_back(finding_json(f));
        if (f.result == "conflict") conflicts.push_back(finding_json(f));
    }
    j["findings"] = std::move(findings);

    j["headline"] = v.headline;
    j["landlord_name"] = v.landlord_name;
    j["code_applies"] = v.code_applies;
    j["conflicts"] = std::move(conflicts);
    nlohmann::json exclusions = nlohmann::json::array();
    for (const auto& e : v.exclusions) exclusions.push_back({{"id", e.id}, {"result", e.result}, {"cite", e.cite}});
    j["exclusions"] = std::move(exclusions);
    j["deadline_details"] = std::move(details);
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& s : v.next_steps) steps.push_back({{"step", s.id}, {"text", s.text}, {"cite", s.cite}});
    j["next_steps"] = std::move(steps);
    j["ombudsman"] = {{"phone", v.ombudsman.phone}, {"post", v.ombudsman.post}, {"online", v.ombudsman.online},
                      {"months", v.ombudsman.months}, {"cite", v.ombudsman.cite}};
    return j;
}

nlohmann::json error_to_json(const InputError& e) {
    return {{"field", e.field}, {"message", e.message}};
}

}  // namespace redress
