#include "rules/case.h"

#include "json/input.h"
#include "rules/policy_catalogue.h"
#include "rules/vocabulary.h"
#include "util/per_thread.h"

namespace redress {
namespace {

constexpr std::size_t kShortText = 500;
constexpr std::size_t kLongText = 20000;

std::optional<Date> read_date(FieldReader& r, const char* key, bool required) {
    const auto text = r.optional_text(key, 40);
    if (!r.ok()) return std::nullopt;
    if (!text) {
        if (required) r.fail(r.path_of(key), "is required (a date written as YYYY-MM-DD)");
        return std::nullopt;
    }
    std::string problem;
    auto parsed = parse_supported_date(*text, &problem);
    if (!parsed) r.fail(r.path_of(key), problem);
    return parsed;
}

// Names are literals, made into strings only for a message.
void must_not_be_after(FieldReader& r, const char* field, const std::optional<Date>& value, Date limit,
                       const char* limit_name) {
    if (r.ok() && value && *value > limit)
        r.fail(field, format_iso_date(*value) + " is after " + limit_name + " (" + format_iso_date(limit) + ")");
}

void must_not_be_before(FieldReader& r, const char* field, const std::optional<Date>& value,
                        const std::optional<Date>& limit, const char* limit_name) {
    if (r.ok() && value && limit && *value < *limit)
        r.fail(field, format_iso_date(*value) + " is before " + limit_name + " (" + format_iso_date(*limit) + ")");
}

std::optional<Case> read_case(JsonValue root, const PolicyCatalogue& catalogue, Date today, InputError& error) {
    Case c;
    FieldReader r(root, "", &error);
    if (!root.is_object()) {
        r.fail("", "a case must be a JSON object");
        return std::nullopt;
    }
    c.ignored_fields = r.unknown_keys({"landlord", "landlord_name", "today", "complainant", "representative", "issue",
                                       "process", "adjustments"});

    c.landlord = r.string("landlord", true, 100);
    if (r.ok() && catalogue.find(c.landlord) == nullptr)
        r.fail("landlord", "\"" + c.landlord.substr(0, 60) + "\" is not a known landlord (known: " + catalogue.ids() + ")");
    c.landlord_name = r.string("landlord_name", false, kShortText);
    if (r.has("today")) {
        if (auto t = read_date(r, "today", false)) today = *t;
    } else if (!in_supported_range(today)) {
        r.fail("today", "today's date is outside the years Redress can check");
    }
    c.today = today;

    if (const auto node = r.object("complainant")) {
        FieldReader cr(node, "complainant", &error);
        c.complainant.name = cr.string("name", false, kShortText);
        c.complainant.role = cr.choice("role", vocabulary::kRoles, "tenant");
        c.complainant.address = cr.string("address", false, kShortText * 2);
        c.complainant.email = cr.string("email", false, kShortText);
        c.complainant.phone = cr.string("phone", false, 100);
        c.complainant.reference = cr.string("reference", false, 200);
        auto unknown = cr.unknown_keys({"name", "role", "address", "email", "phone", "reference"});
        c.ignored_fields.insert(c.ignored_fields.end(), unknown.begin(), unknown.end());
    }
    if (const auto node = r.object("representative")) {
        FieldReader rr(node, "representative", &error);
        c.representative.kind = rr.choice("kind", vocabulary::kRepresentatives, "none");
        c.representative.name = rr.string("name", false, kShortText);
        c.representative.organisation = rr.string("organisation", false, kShortText);
        c.representative.consent = rr.choice("consent", vocabulary::kConsent, "none");
        auto unknown = rr.unknown_keys({"kind", "name", "organisation", "consent"});
        c.ignored_fields.insert(c.ignored_fields.end(), unknown.begin(), unknown.end());
    }

    if (const auto issue = r.object("issue", true)) {
        FieldReader ir(issue, "issue", &error);
        auto& i = c.issue;
        i.category = ir.choice("category", vocabulary::kCategories, "other");
        i.first_request = ir.boolean("first_request");
        i.event_date = read_date(ir, "event_date", true).value_or(Date{});
        i.ongoing = ir.boolean("ongoing");
        i.aware_date = read_date(ir, "aware_date", false);
        i.last_raised = read_date(ir, "last_raised", false);
        i.health_and_safety = ir.boolean("health_and_safety");
        i.safeguarding = ir.boolean("safeguarding");
        i.disrepair = ir.boolean("disrepair");
        i.legal_proceedings = ir.choice("legal_proceedings", vocabulary::kLegalProceedings, "none");
        i.insurance_claim = ir.boolean("insurance_claim");
        i.previously_complained = ir.choice("previously_complained", vocabulary::kPreviousComplaint, "no");
        i.anonymous = ir.boolean("anonymous");
        i.summary = ir.string("summary", false, kLongText);
        i.details = ir.string("details", false, kLongText);
        i.outcome_sought = ir.string("outcome_sought", false, kLongText);
        i.delay_reason = ir.string("delay_reason", false, kLongText);
        auto unknown = ir.unknown_keys({"category", "first_request", "event_date", "ongoing", "aware_date",
                                        "last_raised", "health_and_safety", "safeguarding", "disrepair",
                                        "legal_proceedings", "insurance_claim", "previously_complained",
                                        "anonymous", "summary", "details", "outcome_sought", "delay_reason"});
        c.ignored_fields.insert(c.ignored_fields.end(), unknown.begin(), unknown.end());

        if (ir.ok() && i.event_date > c.today)
            ir.fail("issue.event_date", format_iso_date(i.event_date) + " is after today (" + format_iso_date(c.today) +
                                            "); give the date it last happened");
        must_not_be_after(ir, "issue.aware_date", i.aware_date, c.today, "today");
        must_not_be_before(ir, "issue.aware_date", i.aware_date, i.event_date, "issue.event_date");
        must_not_be_after(ir, "issue.last_raised", i.last_raised, c.today, "today");
        must_not_be_before(ir, "issue.last_raised", i.last_raised, i.event_date, "issue.event_date");
    }

    if (const auto node = r.object("process")) {
        FieldReader pr(node, "process", &error);
        auto& p = c.process;
        p.stage1_submitted = read_date(pr, "stage1_submitted", false);
        p.stage1_acknowledged = read_date(pr, "stage1_acknowledged", false);
        p.stage1_response = read_date(pr, "stage1_response", false);
        p.stage2_requested = read_date(pr, "stage2_requested", false);
        p.stage2_acknowledged = read_date(pr, "stage2_acknowledged", false);
        p.stage2_response = read_date(pr, "stage2_response", false);
        p.resolved = pr.string("resolved", false, kLongText);
        p.unresolved = pr.string("unresolved", false, kLongText);
        p.escalation_reasons = pr.string("escalation_reasons", false, kLongText);
        auto unknown = pr.unknown_keys({"stage1_submitted", "stage1_acknowledged", "stage1_response",
                                        "stage2_requested", "stage2_acknowledged", "stage2_response", "resolved",
                                        "unresolved", "escalation_reasons"});
        c.ignored_fields.insert(c.ignored_fields.end(), unknown.begin(), unknown.end());
        struct Step {
            const char* name;
            const std::optional<Date>& value;
        };
        const Step steps[] = {{"process.stage1_submitted", p.stage1_submitted},
                              {"process.stage1_acknowledged", p.stage1_acknowledged},
                              {"process.stage1_response", p.stage1_response},
                              {"process.stage2_requested", p.stage2_requested},
                              {"process.stage2_acknowledged", p.stage2_acknowledged},
                              {"process.stage2_response", p.stage2_response}};
        for (const Step& s : steps) must_not_be_after(pr, s.name, s.value, c.today, "today");
        // Each step comes after the one it answers.
        must_not_be_before(pr, "process.stage1_acknowledged", p.stage1_acknowledged, p.stage1_submitted, "process.stage1_submitted");
        must_not_be_before(pr, "process.stage1_response", p.stage1_response, p.stage1_submitted, "process.stage1_submitted");
        must_not_be_before(pr, "process.stage2_requested", p.stage2_requested, p.stage1_response, "process.stage1_response");
        must_not_be_before(pr, "process.stage2_acknowledged", p.stage2_acknowledged, p.stage2_requested, "process.stage2_requested");
        must_not_be_before(pr, "process.stage2_response", p.stage2_response, p.stage2_requested, "process.stage2_requested");
    }
    c.adjustments = r.string_list("adjustments", vocabulary::kAdjustments);
    if (!r.ok()) return std::nullopt;
    return c;
}

}  // namespace

std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error) {
    error = {};
    // One tree per thread, kept: `redress check --jsonl` reads a case per line, and this way each
    // reuses the last one's memory.
    REDRESS_PER_THREAD JsonTree tree;
    if (!parse_json(json_text, tree, error)) return std::nullopt;
    return read_case(tree.root(), catalogue, today, error);
}

std::optional<Case> parse_case_json(JsonValue root, std::string_view path, const PolicyCatalogue& catalogue,
                                    Date today, InputError& error) {
    error = {};
    auto c = read_case(root, catalogue, today, error);
    if (!c && !path.empty()) {
        std::string field(path);
        if (!error.field.empty()) field.append(".").append(error.field);
        error.field = std::move(field);
    }
    return c;
}

const std::optional<Date>* step_meeting(const Case::Process& p, std::string_view key) {
    if (key == "stage1-acknowledge") return &p.stage1_acknowledged;
    if (key == "stage1-response" || key == "stage1-response-extended") return &p.stage1_response;
    if (key == "stage2-request-by") return &p.stage2_requested;
    if (key == "stage2-acknowledge") return &p.stage2_acknowledged;
    if (key == "stage2-response" || key == "stage2-response-extended") return &p.stage2_response;
    return nullptr;
}

}  // namespace redress
