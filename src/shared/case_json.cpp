#include "case_json.h"

namespace redress {
namespace {

void put_date(nlohmann::json& j, const char* key, const std::optional<Date>& d) {
    if (d) j[key] = format_iso_date(*d);
}

}  // namespace

nlohmann::json case_to_json(const Case& c) {
    nlohmann::json j;
    j["landlord"] = c.landlord;
    if (!c.landlord_name.empty()) j["landlord_name"] = c.landlord_name;
    j["today"] = format_iso_date(c.today);

    const auto& who = c.complainant;
    j["complainant"] = {{"name", who.name},   {"role", who.role},   {"address", who.address},
                        {"email", who.email}, {"phone", who.phone}, {"reference", who.reference}};
    const auto& rep = c.representative;
    j["representative"] = {
        {"kind", rep.kind}, {"name", rep.name}, {"organisation", rep.organisation}, {"consent", rep.consent}};

    const auto& i = c.issue;
    nlohmann::json issue = {{"category", i.category},
                            {"first_request", i.first_request},
                            {"event_date", format_iso_date(i.event_date)},
                            {"ongoing", i.ongoing},
                            {"health_and_safety", i.health_and_safety},
                            {"safeguarding", i.safeguarding},
                            {"disrepair", i.disrepair},
                            {"legal_proceedings", i.legal_proceedings},
                            {"insurance_claim", i.insurance_claim},
                            {"previously_complained", i.previously_complained},
                            {"anonymous", i.anonymous},
                            {"summary", i.summary},
                            {"details", i.details},
                            {"outcome_sought", i.outcome_sought},
                            {"delay_reason", i.delay_reason}};
    put_date(issue, "aware_date", i.aware_date);
    put_date(issue, "last_raised", i.last_raised);
    j["issue"] = std::move(issue);

    const auto& p = c.process;
    nlohmann::json process = {
        {"resolved", p.resolved}, {"unresolved", p.unresolved}, {"escalation_reasons", p.escalation_reasons}};
    put_date(process, "stage1_submitted", p.stage1_submitted);
    put_date(process, "stage1_acknowledged", p.stage1_acknowledged);
    put_date(process, "stage1_response", p.stage1_response);
    put_date(process, "stage2_requested", p.stage2_requested);
    put_date(process, "stage2_acknowledged", p.stage2_acknowledged);
    put_date(process, "stage2_response", p.stage2_response);
    j["process"] = std::move(process);

    j["adjustments"] = c.adjustments;
    return j;
}

}  // namespace redress
