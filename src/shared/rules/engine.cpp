#include "rules/engine.h"

#include "rules/engine_context.h"

namespace redress {
namespace engine {
namespace {

std::string contact_words(const Policy& p) {
    std::string out;
    const auto add = [&out](const char* what, const std::string& where) {
        if (where.empty()) return;
        out.append(out.empty() ? "" : ", ").append(what).append(where);
    };
    add("email ", p.contact.email);
    add("phone ", p.contact.phone);
    add("write to ", p.contact.post);
    add("use ", p.contact.web);
    return out;
}

}  // namespace

// The first overdue step of the landlord's, if any: what the tenant should chase.
const Finding* first_overdue(const Verdict& v) {
    for (const Finding& f : v.findings)
        if (f.rule.kind == RuleKind::overdue) return &f;
    return nullptr;
}

namespace {

// The first step, by where the case stands: the Ombudsman once the landlord's process has ended;
// a reminder where the landlord is late; otherwise what the outcome calls for.
void first_step(Context& x, Outcome outcome) {
    const Policy& p = x.policy;
    const std::string who = x.landlord("your landlord");
    const std::string how = contact_words(p);
    const std::string reach = how.empty() ? p.contact.note : concat({"You can ", how, "."});
    if (x.c.process.stage2_response) {
        const Deadline* by = find_deadline(x.v, DeadlineKey::ombudsman_by);
        x.step(NextStepId::ombudsman,
               concat({"Your landlord's process has ended. Ask the Housing Ombudsman to look at your complaint",
                       by ? concat({" by ", format_long_date(by->date)}) : std::string(),
                       ". Later is possible only with good reasons for the delay."}),
               PolicyText(x.v.ombudsman.cite));
        return;
    }
    const bool chasing = std::any_of(x.v.next_steps.begin(), x.v.next_steps.end(),
                                     [](const Verdict::NextStep& s) { return s.id == NextStepId::chase; });
    if (const Finding* late = first_overdue(x.v); late && !chasing) {
        x.step(NextStepId::chase, concat({"Send ", who, " a short reminder: it is late. ", reach}), PolicyText(late->cite));
        return;
    }
    switch (outcome) {
        case Outcome::complaint:
            if (!x.c.process.stage1_submitted)
                x.step(NextStepId::send_complaint, concat({"Send your complaint to ", who, " in writing and keep a copy. ", reach}),
                       p.contact.source.full_cite);
            break;
        case Outcome::service_request:
            x.step(NextStepId::ask_for_service,
                   concat({"Ask ", who, " to put it right first. If the response is poor or late, make a complaint."}),
                   p.service_request.full_cite);
            break;
        case Outcome::out_of_time_discretion:
        case Outcome::out_of_time:
            x.step(NextStepId::ask_for_discretion,
                   concat({"Ask ", who,
                           " to accept your complaint even though it is late, and explain why you could not complain sooner. ",
                           reach}),
                   PolicyText(x.v.time_limit.cite));
            break;
        case Outcome::excluded:
            x.step(NextStepId::refusal, who + " may refuse to take this as a complaint. If it does, it must explain why in writing and tell you about your right to go to the Housing Ombudsman.",
                   p.refusal ? p.refusal->full_cite : x.code.refusal->full_cite);
            break;
    }
}

}  // namespace

void next_steps(Context& x, Outcome outcome) {
    danger_step(x);  // what to do now in an emergency comes first of all
    hazard_step(x);  // a hazard not yet reported in writing comes before the complaint
    first_step(x, outcome);
    const auto& r = x.c.representative;
    if (x.v.consent_required && r.consent != Consent::written)
        x.step(NextStepId::consent,
               concat({"Ask ", x.tenant(), " to sign the consent declaration, and send it with the complaint."}),
               consent_rule(x.policy, r.kind).source.full_cite);
    if (x.c.process.stage1_response && !x.c.process.stage2_requested && outcome != Outcome::excluded)
        x.step(NextStepId::escalate, "If you are still unhappy with the stage 1 answer, ask for stage 2. You do not have to give reasons.",
               x.code_note_cite(KnownNote::escalation_no_reasons));
    x.step(NextStepId::ombudsman_advice, concat({"You can ask the Housing Ombudsman for free advice at any stage: phone ", x.v.ombudsman.phone, "."}),
           PolicyText(x.v.ombudsman.cite));
}

// One plain sentence for where the case stands: after the final answer, the Ombudsman and its
// date; where the landlord is late, that; otherwise whether it should treat this as a complaint.
std::string headline(const Context& x, Outcome outcome) {
    // An emergency: what to do now, before anything about the complaint.
    if (hazard_class(x.c.issue) == Hazard::emergency && x.law != nullptr)
        return danger_headline(*x.law, danger_of(x.c.issue), x.landlord("your landlord"));
    const std::string who = x.landlord("Your landlord");
    if (x.c.process.stage2_response) {
        const Deadline* by = find_deadline(x.v, DeadlineKey::ombudsman_by);
        return concat({who, " has given its final answer. You can ask the Housing Ombudsman to look at your complaint",
                       by ? concat({" by ", format_long_date(by->date)}) : std::string(), "."});
    }
    if (const Finding* late = first_overdue(x.v))
        return concat({who, " is late: it had until ", format_long_date(find_deadline(x.v, late->rule.deadline)->date), " to ",
                       row_of(late->rule.deadline).overdue, "."});
    switch (outcome) {
        case Outcome::complaint: return who + " should treat this as a complaint.";
        case Outcome::service_request: return who + " will treat this as a service request first, not yet a complaint.";
        case Outcome::excluded: return who + " may refuse to treat this as a complaint.";
        case Outcome::out_of_time_discretion:
            return concat({"This is outside ", wording::possessive(who), " time limit, but it can still choose to accept it."});
        case Outcome::out_of_time: return concat({"This is outside ", wording::possessive(who), " time limit."});
    }
    return "";
}

}  // namespace engine

Verdict evaluate(const Case& c, const PolicyCatalogue& catalogue) {
    Verdict v;
    const Policy* policy = catalogue.find(c.landlord);
    const Policy* code = catalogue.baseline();
    if (policy == nullptr || code == nullptr) return v;  // parse_case guarantees both
    // The loader guarantees the baseline has statutory_from and refusal.
    engine::Context x{c, *policy, *code, !policy->baseline && engine::code_floor_applies(*policy, *code, complaint_date(c)), v,
                      catalogue.law()};
    // Room for a usual verdict at once, rather than growing each list step by step.
    v.findings.reserve(16);
    v.deadlines.reserve(hazard_class(c.issue) == Hazard::none ? 8 : 14);
    v.exclusions.reserve(policy->exclusions.size());
    v.next_steps.reserve(6);
    v.landlord = policy->id;
    v.landlord_name = policy->name;
    v.code_applies = x.code_applies || policy->baseline;
    if (code->ombudsman)
        v.ombudsman = {code->ombudsman->phone, code->ombudsman->post, code->ombudsman->online,
                       code->ombudsman->time_limit.source.full_cite, code->ombudsman->time_limit.count};

    engine::awaabs_law(x);
    engine::eligibility(x);
    const auto [policy_excluded, effective_excluded] = engine::exclusions(x);
    const bool is_service_request = engine::service_request(x);
    const Outcome policy_time = engine::time_outcome(x);
    const Outcome effective_time = x.code_applies ? engine::apply_code_time_floor(x, policy_time) : policy_time;
    engine::consent(x);
    engine::deadlines(x);
    engine::notes(x);
    engine::policy_review(x);

    const auto pick = [&](bool excluded, Outcome time) {
        if (excluded) return Outcome::excluded;
        if (is_service_request) return Outcome::service_request;
        return time;
    };
    const Outcome policy_outcome = pick(policy_excluded, policy_time);
    const Outcome outcome = pick(effective_excluded, effective_time);
    v.policy_outcome = policy_outcome;
    v.outcome = outcome;
    v.headline = engine::headline(x, outcome);
    engine::next_steps(x, outcome);
    return v;
}

}  // namespace redress
