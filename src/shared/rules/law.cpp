#include "rules/law.h"

#include <algorithm>

#include "json/input.h"
#include "rules/wording.h"
#include "util/concat.h"

namespace redress {
namespace {

constexpr int kSchemaVersion = 1;

// A clause and its quote. The law's cites name their source ("Landlord and Tenant Act 1985
// s.10A"), so a verdict cites them as they are.
Citation read_citation(FieldReader& r) {
    Citation c;
    c.cite = r.string("cite", true, 200);
    c.quote = r.string("quote", true, 1000);
    c.full_cite = c.cite;
    return c;
}

// The facts read the same way, each a clause and its quote: one table, read in one loop.
struct CitedFact {
    std::string_view key;
    Citation Law::*member;
};
constexpr CitedFact kFacts[] = {
    {"implied_term", &Law::implied_term},       {"enforcement", &Law::enforcement},
    {"landlords", &Law::landlords},             {"awareness", &Law::awareness},
    {"working_days", &Law::working_days},       {"later_phases", &Law::later_phases},
    {"general_duties", &Law::general_duties},   {"reported_before", &Law::reported_before},
    {"alongside_complaint", &Law::alongside_complaint}, {"ombudsman", &Law::ombudsman},
};

class LawReader {
public:
    LawReader(JsonValue root, InputError& error) : r_(root, "", &error), error_(error) {}

    bool ok() const { return r_.ok(); }
    void fail(const std::string& field, std::string message) { r_.fail(field, std::move(message)); }

    void header(Law& law);
    void coverage(Law& law);
    void phases(Law& law);
    void emergency_services(Law& law);

private:
    // The clause and quote in object `key` (its cite names its source: no prefix).
    Citation cited(FieldReader& parent, std::string_view key) {
        FieldReader r(parent.object(key, true), parent.path_of(key), &error_);
        return read_citation(r);
    }
    std::optional<Date> date(FieldReader& r, std::string_view key) {
        const std::string text = r.string(key, true, 20);
        std::string problem;
        const auto d = parse_supported_date(text, &problem);
        if (!d && r.ok()) r.fail(r.path_of(key), problem);
        return d;
    }
    void duty(FieldReader& dr, LawPhase& phase);

    FieldReader r_;
    InputError& error_;
};

void LawReader::header(Law& law) {
    if (r_.integer("schema", 1, 1000, true) != kSchemaVersion && r_.ok())
        r_.fail("schema", "must be " + std::to_string(kSchemaVersion) + " (this version of Redress reads schema 1)");
    law.id = r_.string("id", true, 80);
    law.name = r_.string("name", true, 200);
    law.source_file = r_.string("source", true, 200);
    FieldReader in_force(r_.object("in_force", true), "in_force", &error_);
    law.in_force = date(in_force, "from").value_or(Date{});
    law.in_force_source = read_citation(in_force);
    for (const CitedFact& fact : kFacts) law.*fact.member = cited(r_, fact.key);
}

// Every role once: the engine looks each complainant's role up.
void LawReader::coverage(Law& law) {
    for (FieldReader& cr : r_.objects("coverage", true)) {
        Law::Cover cover;
        cover.status = cr.pick<Coverage>("status", Coverage::unknown, true);
        cover.roles = cr.pick_list<Role>("roles");
        cover.reason = cr.string("reason", cover.status != Coverage::covered, 1000);
        cover.source = read_citation(cr);
        law.coverage.push_back(std::move(cover));
    }
    for (const Role role : values_of<Role>()) {
        const auto count = std::count_if(law.coverage.begin(), law.coverage.end(), [role](const Law::Cover& c) {
            return std::find(c.roles.begin(), c.roles.end(), role) != c.roles.end();
        });
        if (r_.ok() && count != 1)
            r_.fail("coverage", "the role \"" + std::string(name_of(role)) + "\" must be in exactly one entry");
    }
}

// A duty counts from a date in the case, or from a deadline this phase counted before it.
void LawReader::duty(FieldReader& dr, LawPhase& phase) {
    LawDuty d;
    d.deadline = dr.pick<DeadlineKey>("deadline", DeadlineKey::hazard_investigate, true);
    d.hazard = dr.pick<Hazard>("hazard", Hazard::damp_mould, true);
    d.timescale.count = dr.integer("count", 1, 366, true);
    d.timescale.unit = dr.pick<Unit>("unit", Unit::working_days, true);
    d.timescale.source = read_citation(dr);
    d.from = dr.pick_list<Anchor>("from");
    if (!dr.ok()) return;
    if (row_of(d.deadline).part != StagePart::hazard) return dr.fail(dr.path_of("deadline"), "is not a hazard deadline");
    if (phase.cover_of(d.hazard) == nullptr) return dr.fail(dr.path_of("hazard"), "is not among the phase's hazards");
    // An empty list: the source gives no starting point (the further work's 12 weeks), so the duty
    // is stated in words with no date (rules/engine_hazard.cpp).
    for (const Anchor a : d.from) {
        const auto due = deadline_of(a);
        const bool counted_before = due && std::any_of(phase.duties.begin(), phase.duties.end(), [&](const LawDuty& o) {
            return o.deadline == *due && o.hazard == d.hazard;
        });
        if (a != Anchor::hazard_reported && a != Anchor::hazard_investigated && !counted_before)
            return dr.fail(dr.path_of("from"), "must be a hazard date of the case or a deadline counted before it");
    }
    phase.duties.push_back(std::move(d));
}

void LawReader::phases(Law& law) {
    for (FieldReader& pr : r_.objects("phases", true)) {
        LawPhase phase;
        phase.id = pr.string("id", true, 80);
        phase.from = date(pr, "from").value_or(Date{});
        phase.source = read_citation(pr);
        if (pr.ok() && !law.phases.empty() && phase.from <= law.phases.back().from)
            pr.fail(pr.path_of("from"), "must be after the phase before it");
        if (pr.ok() && law.phases.empty() && phase.from != law.in_force)
            pr.fail(pr.path_of("from"), "the first phase must start on in_force.from");
        for (FieldReader& hr : pr.objects("hazards", true)) {
            LawPhase::Cover cover;
            cover.hazard = hr.pick<Hazard>("hazard", Hazard::none, true);
            if (hr.ok() && cover.hazard == Hazard::none) hr.fail(hr.path_of("hazard"), "must name a hazard");
            cover.source = read_citation(hr);
            phase.hazards.push_back(std::move(cover));
        }
        for (FieldReader& dr : pr.objects("duties", true)) duty(dr, phase);
        phase.alternative_accommodation = cited(pr, "alternative_accommodation");
        phase.keep_informed = cited(pr, "keep_informed");
        law.phases.push_back(std::move(phase));
    }
    if (r_.ok() && law.phases.empty()) r_.fail("phases", "must list at least one phase");
}

void LawReader::emergency_services(Law& law) {
    FieldReader er(r_.object("emergency_services", true), "emergency_services", &error_);
    auto& e = law.emergency_services;
    e.gas_service = er.string("gas_service", true, 200);
    e.gas_phone = er.string("gas_phone", true, 50);
    e.life_phone = er.string("life_phone", true, 50);
    e.source = read_citation(er);
}

}  // namespace

const LawPhase::Cover* LawPhase::cover_of(Hazard h) const {
    for (const Cover& c : hazards)
        if (c.hazard == h) return &c;
    return nullptr;
}

const LawPhase* Law::phase_for(Hazard h, Date day) const {
    const LawPhase* found = nullptr;
    for (const LawPhase& p : phases)
        if (p.from <= day && p.cover_of(h) != nullptr) found = &p;
    return found;
}

const Law::Cover& Law::coverage_of(Role role) const {
    for (const Cover& c : coverage)
        if (std::find(c.roles.begin(), c.roles.end(), role) != c.roles.end()) return c;
    return coverage.front();  // not reached: the loader refuses a file without every role
}

namespace {
bool gas_possible(Danger danger) { return danger == Danger::gas || danger == Danger::not_given; }
std::string repairs_line(std::string_view landlord) {
    return concat({"Phone ", wording::possessive(landlord), " emergency repairs line now and tell them about the danger."});
}
}  // namespace

std::vector<std::string> danger_lines(const Law& law, Danger danger, std::string_view landlord) {
    const auto& e = law.emergency_services;
    std::vector<std::string> out;
    if (gas_possible(danger))
        out.push_back(concat({danger == Danger::gas ? "Call the " : "If you smell gas, call the ", e.gas_service, " on ",
                              e.gas_phone, " now."}));
    out.push_back(concat({"If anyone's life is in danger, call ", e.life_phone, "."}));
    out.push_back(wording::capitalised(repairs_line(landlord)));
    return out;
}

std::string danger_words(const Law& law, Danger danger, std::string_view landlord) {
    std::string out;
    for (const std::string& line : danger_lines(law, danger, landlord)) out.append(out.empty() ? "" : " ").append(line);
    return out;
}

// Short, so it fits the first screen of a phone at 300 percent text: the first call, and 999.
std::string danger_headline(const Law& law, Danger danger, std::string_view landlord) {
    const auto& e = law.emergency_services;
    const std::string life = concat({" Danger to life: call ", e.life_phone, "."});  // the fact sheet's words
    if (danger == Danger::gas) return concat({"Gas: call ", e.gas_phone, " now.", life});
    return concat({"Phone ", wording::possessive(landlord), " emergency repairs line now.", life});
}

std::optional<Law> load_law(std::string_view json_text, std::string_view file_name, InputError& error) {
    return read_data_file<Law>(json_text, file_name, error, [&error](JsonValue root, Law& law) {
        LawReader r(root, error);
        r.header(law);
        r.coverage(law);
        r.phases(law);
        r.emergency_services(law);
    });
}

}  // namespace redress
