// The engine's findings on who may complain, about what, and for whom: the policy's scope,
// its exclusions (with the Code's view of each), a first request as a service request, consent
// for a representative, and the policy's fixed notes.
#include "rules/engine_context.h"

namespace redress::engine {
namespace {

bool triggered(const Case& c, Trigger when) {
    const auto& i = c.issue;
    if (const auto category = row_of(when).category) return i.category == *category;
    switch (when) {
        case Trigger::always: return true;
        case Trigger::legal_proceedings_started: return i.legal_proceedings == LegalProceedings::started;
        case Trigger::legal_proceedings_planned: return i.legal_proceedings == LegalProceedings::planned;
        case Trigger::insurance_claim: return i.insurance_claim || i.category == Category::insurance;
        case Trigger::previous_complaint_exhausted: return i.previously_complained == PreviousComplaint::yes_exhausted;
        case Trigger::anonymous: return i.anonymous;
        case Trigger::first_report_anti_social_behaviour:
            return i.category == Category::anti_social_behaviour && i.first_request;
        default: return false;  // the category triggers, answered above
    }
}

}  // namespace

void eligibility(Context& x) {
    const auto& roles = x.policy.eligible_roles;
    if (!roles || std::find(roles->begin(), roles->end(), x.c.complainant.role) != roles->end()) return;
    x.add({RuleKind::eligibility}, FindingResult::discretion, x.policy.eligible_source.full_cite,
          concat({wording::possessive(x.policy.short_name), " policy lists who it covers and does not name a ",
                  row_of(x.c.complainant.role).words,
                  ". It may still accept your complaint: under the Code a complaint is dissatisfaction with the landlord's "
                  "service affecting a resident or group of residents, and a representative's complaint is handled the "
                  "same way."}),
          x.policy.eligible_source.quote, x.code.definition.full_cite);
}

bool service_request(Context& x) {
    if (!x.c.issue.first_request) return false;
    if (any_flag(x.c, x.policy.service_request_formal_when)) {
        x.add({RuleKind::service_request}, FindingResult::pass, x.policy.service_request_formal.full_cite,
              concat({"This is the first time you have asked, but ", x.policy.short_name, " always treats serious issues (",
                      flag_words(x.policy.service_request_formal_when), ") as a formal complaint."}),
              x.policy.service_request_formal.quote);
        return false;
    }
    x.add({RuleKind::service_request}, FindingResult::info, x.policy.service_request.full_cite,
          concat({"This is the first time you have asked for this, so ", x.policy.short_name,
                  " will treat it as a service request: a request to put something right. If the response is poor or late, "
                  "you can then make a complaint."}),
          x.policy.service_request.quote, x.policy.baseline ? PolicyText() : PolicyText(x.code.service_request.full_cite));
    return true;
}

// Returns {excluded by the policy, excluded once the Code is applied}.
std::pair<bool, bool> exclusions(Context& x) {
    bool policy_excluded = false, effective_excluded = false;
    for (const Exclusion& e : x.policy.exclusions) {
        const Rule rule{RuleKind::exclusion, e.id};
        FindingResult result = FindingResult::pass;
        if (triggered(x.c, e.when) && !any_flag(x.c, e.unless)) {
            if (e.result == ExclusionResult::excluded && !any_flag(x.c, e.discretion_when)) {
                policy_excluded = true;
                // With the Code applied, an exclusion it conflicts with falls, and one it is silent
                // on no longer shuts the complaint out but is left to the landlord.
                const bool overridden = x.code_applies && e.code != CodeStatus::allowed;
                effective_excluded = effective_excluded || !overridden;
                result = !overridden                      ? FindingResult::fail
                         : e.code == CodeStatus::conflict ? FindingResult::conflict
                                                          : FindingResult::discretion;
                if (overridden)
                    x.add(rule, result, e.source.full_cite, concat({e.reason, " ", e.code_reason}), e.source.quote, e.code_cite);
                else
                    x.add(rule, result, e.source.full_cite, e.reason, e.source.quote, e.code_cite);
            } else {
                // A rule that always stands (such as an unreasonable-behaviour clause) is only for
                // information; otherwise the exclusion's own result, softened where a flag says so.
                result = e.when == Trigger::always                ? FindingResult::info
                         : any_flag(x.c, e.discretion_when)       ? FindingResult::discretion
                         : e.result == ExclusionResult::discretion ? FindingResult::discretion
                                                                  : FindingResult::info;
                x.add(rule, result, e.source.full_cite, e.reason, e.source.quote);
            }
        }
        x.v.exclusions.push_back({e.id, result, e.source.full_cite});
    }
    return {policy_excluded, effective_excluded};
}

// Consent as each policy reads, and as the tenant has given it: never harsher than the policy's
// words (verbal consent is "not enough" only where the policy asks for it signed or in writing).
void consent(Context& x) {
    const auto& r = x.c.representative;
    if (r.kind == RepresentativeKind::none) return;
    const Policy::ConsentRule& rule = consent_rule(x.policy, r.kind);
    x.v.consent_required = rule.needs != ConsentNeed::nothing;
    const std::string landlord = x.landlord("Your landlord");
    const std::string tenant = x.tenant();
    const bool written = r.consent == Consent::written, verbal = r.consent == Consent::verbal;
    FindingResult result = FindingResult::info;
    std::string reason;
    switch (rule.needs) {
        case ConsentNeed::nothing: reason = rule.reason; break;
        case ConsentNeed::signed_declaration:
        case ConsentNeed::written: {
            const std::string form(row_of(rule.needs).form);
            result = written ? FindingResult::pass : FindingResult::fail;
            reason = concat({landlord, " asks for ", form, " from ", tenant, " before it deals with you."});
            reason += written ? " You have their consent in writing: send a copy with the complaint."
                      : verbal ? " Their word is not enough here: ask them to sign the consent declaration."
                               : " Ask them to sign the consent declaration and send it with the complaint.";
            break;
        }
        case ConsentNeed::consent:
            result = written ? FindingResult::pass : verbal ? FindingResult::discretion : FindingResult::fail;
            reason = concat({landlord, " shares details of a complaint only with ", wording::possessive(tenant),
                             " consent. It does not say it must be in writing."});
            reason += written ? " You have it in writing: send a copy with the complaint."
                      : verbal ? " Their word may be enough; a signed consent declaration avoids delay."
                               : " Ask them first; the consent declaration is ready to sign.";
            break;
        case ConsentNeed::confirm:
            result = written ? FindingResult::pass : verbal ? FindingResult::info : FindingResult::fail;
            reason = concat({landlord, " will ask ", tenant, " to confirm that you may act for them."});
            reason += written ? " Sending their signed consent with the complaint saves a step."
                      : verbal ? " It does not say how; their signed consent with the complaint saves a step."
                               : " Ask them first, so they can say yes when it asks.";
            break;
        case ConsentNeed::unclear:
            result = written ? FindingResult::pass : FindingResult::discretion;
            reason = rule.reason;
            reason += written ? " You have their consent in writing: sending a copy avoids delay."
                              : " Sending their signed consent declaration avoids delay.";
            break;
    }
    x.add({RuleKind::consent}, result, rule.source.full_cite, std::move(reason), rule.source.quote);
}

void notes(Context& x) {
    for (const PolicyNote& n : x.policy.notes) {
        const FindingResult result = n.result == NoteResult::conflict   ? (x.code_applies ? FindingResult::conflict
                                                                                           : FindingResult::info)
                                     : n.result == NoteResult::discretion ? FindingResult::discretion
                                                                          : FindingResult::info;
        x.add({RuleKind::note, n.rule}, result, n.source.full_cite, n.reason, n.source.quote, n.code_cite);
    }
    // Someone in the household who is not the tenant: the Housing Ombudsman looks at their
    // complaint only with the tenant's authority (Tower Hamlets 202433247). Not where someone
    // acting for the tenant fills it in: the consent steps cover that.
    if (x.c.complainant.role == Role::household_member && x.c.representative.kind == RepresentativeKind::none)
        x.add({RuleKind::note, "tenant-authority"}, FindingResult::info,
              PolicyText("Housing Ombudsman decision 202433247"),
              "You live in the home but are not the tenant. The Housing Ombudsman will look at your complaint only "
              "with the tenant's permission. Ask the tenant to say in writing that you may complain for the household.");
    if (!x.code_applies && !x.policy.baseline)
        x.add({RuleKind::code_in_force}, FindingResult::info, x.code.statutory.full_cite,
              concat({"This complaint is dated before ", format_long_date(*x.code.statutory_from),
                      ", when the Complaint Handling Code became statutory, so ", wording::possessive(x.policy.short_name),
                      " own policy applies without the Code's floor."}));
}

// Whether the landlord's policy is within its own review or end date (the result page and the
// letters say what follows when it is not: wizard/summary_pages.cpp, documents/complaint_letters.cpp).
void policy_review(Context& x) {
    if (!x.policy.baseline && x.policy.review) x.v.policy_current = x.c.today <= x.policy.review->last_day;
}

}  // namespace redress::engine
