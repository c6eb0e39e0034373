#pragma once
// The law as data, like the policies: Awaab's Law (assets/law/awaabs-law.json, format in
// docs/policies.md): when it came into force, whom it covers, and its phases, each with the
// hazards it covers and the timescales it sets. Every value carries its cite and the line of
// shared/docs/awaabs-law.md that states it (tests/policies/test_policy_sources.py checks them).
// A later phase is one more entry in the file, with its date; the engine needs no change.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/iso_date.h"
#include "rules/deadline_kinds.h"
#include "rules/policy.h"
#include "rules/vocabulary.h"
#include "util/input_error.h"

namespace redress {

// A duty with a fixed timescale: the deadline it gives, the hazard it is for, its count and
// unit (with the clause), and what it counts from: the first of `from` the case has (a date in
// the case, or a deadline of the same phase counted before it).
struct LawDuty {
    DeadlineKey deadline = DeadlineKey::hazard_investigate;
    Hazard hazard = Hazard::damp_mould;
    Timescale timescale;
    std::vector<Anchor> from;
};

struct LawPhase {
    std::string id;
    Date from{};  // in force from this day
    Citation source;
    struct Cover {
        Hazard hazard = Hazard::none;
        Citation source;  // which hazards of this kind the phase covers, in the law's words
    };
    std::vector<Cover> hazards;
    std::vector<LawDuty> duties;  // in the order they are counted
    Citation alternative_accommodation, keep_informed;

    const Cover* cover_of(Hazard h) const;
};

struct Law {
    std::string id, name, source_file;
    Date in_force{};
    Citation in_force_source, implied_term, enforcement, landlords, awareness, working_days;

    struct Cover {
        Coverage status = Coverage::unknown;
        std::vector<Role> roles;
        std::string reason;  // plain English, for every status but covered
        Citation source;
    };
    std::vector<Cover> coverage;  // every role exactly once
    std::vector<LawPhase> phases;  // by date

    // What is not settled, and how the law meets the complaint process.
    Citation later_phases, general_duties, reported_before, alongside_complaint, ombudsman;
    struct EmergencyServices {
        std::string gas_service, gas_phone, life_phone;
        Citation source;
    } emergency_services;

    // The latest phase in force on `day` that covers hazard `h`, or nullptr.
    const LawPhase* phase_for(Hazard h, Date day) const;
    // Whom the law covers in this role (the loader guarantees every role has an entry).
    const Cover& coverage_of(Role role) const;
};

// What to do now in an emergency, fitted to the danger, most urgent first: the gas emergency line
// for gas (or where the kind of danger is not known), 999 where a life is in danger, then the
// landlord's emergency repairs line. Only lines the law's file cites: the fact sheet names no
// other number for electricity, fire, water or heating. The engine's finding, the result page's
// next step, the flow's page and every document's "Before you send" say them in these words.
std::vector<std::string> danger_lines(const Law& law, Danger danger, std::string_view landlord);
// The same lines as one paragraph.
std::string danger_words(const Law& law, Danger danger, std::string_view landlord);
// The headline in an emergency: the first call to make now, and 999; short, for a phone's first
// screen at 300 percent text (the warning under it gives every line).
std::string danger_headline(const Law& law, Danger danger, std::string_view landlord);

// Reads and validates the law's file; `file_name` is used in messages. On failure returns nullopt
// and sets `error` to name the field and the problem.
std::optional<Law> load_law(std::string_view json_text, std::string_view file_name, InputError& error);

}  // namespace redress
