#pragma once
// A complaints policy as data (assets/policies/<id>.json, format in docs/policies.md): every
// rule carries the clause it rests on and a short quote from the source.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/iso_date.h"
#include "rules/vocabulary.h"
#include "util/input_error.h"

namespace redress {

struct Citation {
    // The clause as the source numbers it ("5.1", "Code 2.3"), or where it is in words, for a source
    // that does not number it ("section 3, 'Complaint handling process'", "the section headed 'Policy'").
    std::string cite;
    std::string quote;  // a short quote from the source
    // The clause as a verdict cites it, made once when the policy is loaded (clause_words):
    // "Halton Housing policy 5.1", "Kirklees Homes and Neighbourhoods policy, section 3, 'Complaint
    // handling process'"; the Code's clauses are already "Code 2.3". Verdicts point to it (verdict.h).
    std::string full_cite;
};

struct Timescale {
    int count = 0;
    Unit unit = Unit::working_days;  // calendar "days" only where the source says days
    TimescaleFrom from = TimescaleFrom::receipt;
    bool from_stated = true;  // false: the source does not say; `from` is the reading kindest to the tenant
    ExtensionLimit beyond = ExtensionLimit::firm;  // an extension: whether it may run longer, and how
    Citation source;
};

struct StageTimescales {
    std::optional<Timescale> acknowledge, response, extension;
};

struct Exclusion {
    std::string id;
    Trigger when = Trigger::always;
    std::vector<Flag> unless;           // flags that lift it
    std::vector<Flag> discretion_when;  // flags that turn it into a discretion finding
    ExclusionResult result = ExclusionResult::info;
    CodeStatus code = CodeStatus::allowed;  // allowed by the Code (2.2), or in conflict with it
    std::string code_cite, code_reason;
    Citation source;
    std::string reason;  // for the tenant, on the result page
    std::string letter;  // for a conflict: what it means for a complaint, said to the landlord ("" none)
};

struct PolicyNote {
    std::string rule;
    NoteResult result = NoteResult::info;
    std::string code_cite, reason;  // reason: for the tenant, on the result page
    std::string letter;             // for a conflict: what it means, said to the landlord in a letter ("" none)
    Citation source;
};

struct Policy {
    std::string id, name, short_name, document, date, source_file, cite_prefix;
    bool baseline = false;  // the Code itself
    // The file's quotes are Redress's summary of its source, not the source's own words (the Code's
    // file is made from shared/docs/code-baseline.md's summary): documents and the result page say
    // them as plain sentences with the clause in brackets, never in quotation marks.
    bool quotes_summarised = false;

    // Baseline only: when the Code became statutory (its floor applies to complaints made from
    // then on), and its definition of a complaint (used where a landlord's scope is narrower).
    std::optional<Date> statutory_from;
    Citation statutory, definition;

    struct Contact {
        std::string phone, email, post, web, note;
        Citation source;
    } contact;

    std::optional<std::vector<Role>> eligible_roles;
    Citation eligible_source;

    Citation service_request;
    std::vector<Flag> service_request_formal_when;
    Citation service_request_formal;

    struct TimeLimit {
        int months = 12;
        TimeFrom from = TimeFrom::event;
        bool discretion = false;
        bool awareness_ambiguous = false;
        std::vector<Flag> exceptions;  // flags that open discretion outside the limit
        std::string ambiguity;
        Citation source;
    } time_limit;

    std::vector<Exclusion> exclusions;
    std::optional<Citation> refusal;

    // What it asks of each kind of representative: every kind but "none" in exactly one rule.
    struct ConsentRule {
        std::vector<RepresentativeKind> kinds;
        ConsentNeed needs = ConsentNeed::unclear;
        std::string reason;  // the policy's own position in words, where the need alone does not say it
        Citation source;
    };
    std::vector<ConsentRule> consent;

    StageTimescales stage1, stage2;
    struct EscalationWindow {
        Timescale timescale;
        bool binding = true;
        std::string reason;
    };
    std::optional<EscalationWindow> escalation_window;

    std::vector<PolicyNote> notes;

    // A landlord's policy's own review or end date (none for the Code): `stated` as the policy
    // gives it ("May 2026"), and the last day it covers, read the way kindest to the document
    // still being current (a month to its last day, a year to 31 December), so Redress never
    // calls a policy out of date early.
    struct Review {
        std::string stated;
        Date last_day{};
        ReviewKind kind = ReviewKind::review;
        Citation source;
    };
    std::optional<Review> review;

    // The Housing Ombudsman's routes and time limit: given once, in the baseline policy.
    struct Ombudsman {
        std::string phone, post, online;
        Timescale time_limit;  // months from the landlord's final answer
    };
    std::optional<Ombudsman> ombudsman;
};

// What the policy asks of this kind of representative (the loader guarantees one rule for each).
const Policy::ConsentRule& consent_rule(const Policy& p, RepresentativeKind kind);

// A landlord's clause as a reader is given it: "Halton Housing policy 5.1" for a numbered clause,
// "Kirklees Homes and Neighbourhoods policy, section 3, 'Complaint handling process'" for one in
// words; the Code's (the baseline's) as they are ("Code 2.3").
std::string clause_words(const Policy& p, std::string_view cite);

// Whether a quote cited `cite` comes from the summarised file `code` (Policy::quotes_summarised):
// its clauses ("Code 6.2") and the Scheme it cites for the Ombudsman.
bool quote_is_summary(const Policy& code, std::string_view cite);

// The policy's note `rule`, or nullptr when it has none.
const PolicyNote* find_note(const Policy& p, KnownNote rule);
// Its clause as a verdict cites it ("escalation-no-reasons" in the Code gives "Code 6.12, 6.13"),
// or "" when the policy has no such note.
const std::string& note_cite(const Policy& p, KnownNote rule);

// Reads and validates one policy file. `file_name` is used in messages ("halton-housing.json").
// On failure returns nullopt and sets `error` to name the field and the problem.
std::optional<Policy> load_policy(std::string_view json_text, std::string_view file_name, InputError& error);

}  // namespace redress
