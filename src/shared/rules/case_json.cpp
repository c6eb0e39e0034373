#include "rules/case_json.h"

namespace redress {
namespace {

void date_field(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
    if (d) w.field(key, format_iso_date(*d));
}

}  // namespace

void write_case(JsonWriter& w, const Case& c) {
    w.begin_object();
    w.key("adjustments").string_list(c.adjustments);

    const auto& who = c.complainant;
    w.key("complainant").begin_object().field("address", who.address).field("email", who.email);
    w.field("name", who.name).field("phone", who.phone).field("reference", who.reference).field("role", who.role);
    w.end_object();

    const auto& i = c.issue;
    w.key("issue").begin_object().field("anonymous", i.anonymous);
    date_field(w, "aware_date", i.aware_date);
    w.field("category", i.category).field("delay_reason", i.delay_reason).field("details", i.details);
    w.field("disrepair", i.disrepair).field("event_date", format_iso_date(i.event_date));
    w.field("first_request", i.first_request).field("health_and_safety", i.health_and_safety);
    w.field("insurance_claim", i.insurance_claim);
    date_field(w, "last_raised", i.last_raised);
    w.field("legal_proceedings", i.legal_proceedings).field("ongoing", i.ongoing);
    w.field("outcome_sought", i.outcome_sought).field("previously_complained", i.previously_complained);
    w.field("safeguarding", i.safeguarding).field("summary", i.summary);
    w.end_object();

    w.field("landlord", c.landlord);
    if (!c.landlord_name.empty()) w.field("landlord_name", c.landlord_name);

    const auto& p = c.process;
    w.key("process").begin_object().field("escalation_reasons", p.escalation_reasons).field("resolved", p.resolved);
    date_field(w, "stage1_acknowledged", p.stage1_acknowledged);
    date_field(w, "stage1_response", p.stage1_response);
    date_field(w, "stage1_submitted", p.stage1_submitted);
    date_field(w, "stage2_acknowledged", p.stage2_acknowledged);
    date_field(w, "stage2_requested", p.stage2_requested);
    date_field(w, "stage2_response", p.stage2_response);
    w.field("unresolved", p.unresolved).end_object();

    const auto& rep = c.representative;
    w.key("representative").begin_object().field("consent", rep.consent).field("kind", rep.kind);
    w.field("name", rep.name).field("organisation", rep.organisation).end_object();

    w.field("today", format_iso_date(c.today));
    w.end_object();
}

std::string case_json(const Case& c) {
    JsonWriter w;
    write_case(w, c);
    return w.take();
}

}  // namespace redress
