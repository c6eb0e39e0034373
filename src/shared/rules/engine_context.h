#pragma once
// Inside the engine: what its parts share while they evaluate one case (rules/engine.cpp calls
// them in turn). Not for use outside rules/.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rules/case.h"
#include "rules/law.h"
#include "rules/policy.h"
#include "rules/verdict.h"
#include "rules/wording.h"
#include "util/concat.h"

namespace redress::engine {

// Text a verdict may point to rather than copy (verdict.h): a policy's own string, or a
// literal. A temporary string cannot be passed, as it would be gone before the verdict is read.
class PolicyText {
public:
    PolicyText() = default;
    PolicyText(const std::string& in_policy) : view_(in_policy) {}
    PolicyText(std::string&&) = delete;
    template <std::size_t N>
    PolicyText(const char (&literal)[N]) : view_(literal, N - 1) {}
    // A view taken from the policy already, such as a deadline's cite.
    explicit PolicyText(std::string_view from_policy) : view_(from_policy) {}
    operator std::string_view() const { return view_; }

private:
    std::string_view view_;
};

struct Context {
    const Case& c;
    const Policy& policy;
    const Policy& code;  // the baseline
    bool code_applies;
    Verdict& v;
    const Law* law;  // Awaab's Law (the catalogue's; nullptr only when its file did not load)

    std::string tenant() const { return c.complainant.name.empty() ? "the tenant" : c.complainant.name; }
    // The landlord by name: the policy's, or for another landlord the name the reader gave.
    std::string landlord(const char* unnamed) const {
        if (!policy.baseline) return policy.short_name;
        return c.landlord_name.empty() ? unnamed : c.landlord_name;
    }

    void add(Rule rule, FindingResult result, PolicyText cite, std::string reason, PolicyText quote = {},
             PolicyText code_cite = {}) {
        v.findings.push_back({rule, result, cite, std::move(reason), quote, code_cite});
    }
    void step(NextStepId id, std::string text, PolicyText cite) { v.next_steps.push_back({id, std::move(text), cite}); }
    // The baseline's fixed note `rule` (its clause), e.g. the Code's escalation provisions.
    const std::string& code_note_cite(KnownNote rule) const { return note_cite(code, rule); }
};

inline bool has_flag(const Case& c, Flag flag) {
    switch (flag) {
        case Flag::disrepair: return c.issue.disrepair;
        case Flag::health_and_safety: return c.issue.health_and_safety;
        case Flag::safeguarding: return c.issue.safeguarding;
        case Flag::staff_conduct: return c.issue.category == Category::staff_conduct;
    }
    return false;
}

inline bool any_flag(const Case& c, const std::vector<Flag>& flags) {
    return std::any_of(flags.begin(), flags.end(), [&c](Flag f) { return has_flag(c, f); });
}

// "health and safety, safeguarding or disrepair"
inline std::string flag_words(const std::vector<Flag>& flags) {
    std::string out;
    for (std::size_t k = 0; k < flags.size(); ++k) {
        if (k) out += k + 1 == flags.size() ? " or " : ", ";
        out += row_of(flags[k]).words;
    }
    return out;
}

// Whether the Code's floor applies: a complaint made since it became statutory (1 April 2024),
// or a landlord with no policy of its own on file (the Code is its policy).
bool code_floor_applies(const Policy& policy, const Policy& code, Date today);

// The date a timescale gives from `anchor`.
Date due(const Timescale& t, Date anchor);

// A deadline counted by timescale `t` from `anchor`: its date, and the working days and bank
// holidays on the way. The timescale is the catalogue's own (the deadline points to it).
Deadline deadline_from(DeadlineKey key, const Timescale& t, Basis basis, Anchor anchor_name, Date anchor);

inline std::string unit_words(const Timescale& t) { return wording::duration(t.count, t.unit); }

// The engine's parts, in the order evaluate() calls them. The hazard's come first: on the result
// page they lead, and they change nothing the complaint's parts decide.
void awaabs_law(Context& x);
void eligibility(Context& x);
// {excluded by the policy, excluded once the Code is applied}
std::pair<bool, bool> exclusions(Context& x);
bool service_request(Context& x);
Outcome time_outcome(Context& x);
Outcome apply_code_time_floor(Context& x, Outcome policy_outcome);
void consent(Context& x);
void deadlines(Context& x);
void notes(Context& x);
void policy_review(Context& x);
// In an emergency, what to do now: the first of the next steps.
void danger_step(Context& x);
// The hazard's next step (report it in writing), first among the next steps after the danger's.
void hazard_step(Context& x);
void next_steps(Context& x, Outcome outcome);
const Finding* first_overdue(const Verdict& v);
std::string headline(const Context& x, Outcome outcome);

}  // namespace redress::engine
