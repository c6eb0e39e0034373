#pragma once
// The deadlines a verdict can give, one row each: its key, its stage, which step of the case
// meets it, whose step it is, and every way Redress words it (the result page, the timeline, the
// calendar file, the letters, the finding when it is missed). The engine, the documents and the
// flow read these rows; a new kind of deadline is one more row.
//
// `{landlord}` in a template is the landlord's name as documents give it; `{hazard}` the hazard's
// words ("damp and mould"), so a later phase of Awaab's Law can give the same duties to other
// hazards with no new row (kind_words fills both in).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/iso_date.h"
#include "rules/case.h"
#include "util/vocabulary.h"

namespace redress {

// What a deadline is counted from: a date in the case, or another deadline's date.
enum class Anchor : std::uint8_t {
    stage1_submitted, stage1_acknowledged, stage1_response, stage2_requested, stage2_acknowledged, stage2_response,
    stage1_acknowledge_due, stage1_response_due, stage2_acknowledge_due, stage2_response_due,
    hazard_reported, hazard_investigated, hazard_investigate_due, last_ = hazard_investigate_due };
struct AnchorRow {
    Anchor value;
    std::string_view name;    // as the verdict's deadline_details give it
    std::string_view letter;  // after its date in a letter: "That is 10 working days after <date><letter>"
};
inline constexpr AnchorRow kAnchorRows[] = {
    {Anchor::stage1_submitted, "process.stage1_submitted", ""},
    {Anchor::stage1_acknowledged, "process.stage1_acknowledged", ", when you acknowledged it"},
    {Anchor::stage1_response, "process.stage1_response", ", when you sent your stage 1 answer"},
    {Anchor::stage2_requested, "process.stage2_requested", ""},
    {Anchor::stage2_acknowledged, "process.stage2_acknowledged", ", when you acknowledged it"},
    {Anchor::stage2_response, "process.stage2_response", ", when you sent your final answer"},
    {Anchor::stage1_acknowledge_due, "stage1-acknowledge", ", the day you should acknowledge it"},
    {Anchor::stage1_response_due, "stage1-response", ", when your answer is due"},
    {Anchor::stage2_acknowledge_due, "stage2-acknowledge", ", the day you should acknowledge it"},
    {Anchor::stage2_response_due, "stage2-response", ", when your answer is due"},
    {Anchor::hazard_reported, "issue.hazard_reported", ", when you were told"},
    {Anchor::hazard_investigated, "process.hazard_investigated", ", when your investigation concluded"},
    {Anchor::hazard_investigate_due, "hazard-investigate", ", the last day for your investigation"},
};
template <> struct Vocabulary<Anchor> : Rows<kAnchorRows> {};

enum class DeadlineKey : std::uint8_t {
    stage1_acknowledge, stage1_response, stage1_response_extended, stage2_request_by, stage2_acknowledge,
    stage2_response, stage2_response_extended, ombudsman_by, hazard_emergency, hazard_investigate, hazard_summary,
    hazard_safety_work, hazard_further_work_start, hazard_further_work_latest, last_ = hazard_further_work_latest };

// Which of a stage's timescales a deadline counts by; `hazard`: one of the law's (Awaab's Law,
// assets/law), which run beside the complaint's stages, not in them.
enum class StagePart : std::uint8_t { acknowledge, response, extension, window, ombudsman, hazard };

struct DeadlineKindRow {
    DeadlineKey value;
    std::string_view name;
    int stage;      // 1 or 2 for the complaint's stages; 0 for the Ombudsman and the law's hazard duties
    StagePart part;
    std::optional<Date> Case::Process::*met_by;  // the step that meets it, or nullptr
    bool tenants_step;          // the tenant's to take (ask for stage 2, go to the Ombudsman)
    std::string_view duty;      // "acknowledge the complaint": what is to be done by the date
    std::string_view calendar;  // the calendar event's title
    std::string_view overdue;   // to the tenant: what the landlord has not done, when it is late ("" never said)
    std::string_view missed;    // the same, said to the landlord in a reminder
    std::string_view asked;     // what a letter asks the landlord to do by the date ("" for an extension)
};
inline constexpr DeadlineKindRow kDeadlineKindRows[] = {
    {DeadlineKey::stage1_acknowledge, "stage1-acknowledge", 1, StagePart::acknowledge, &Case::Process::stage1_acknowledged,
     false, "acknowledge the complaint", "{landlord} should acknowledge your complaint", "acknowledge your complaint",
     "acknowledge the complaint", "acknowledge this complaint"},
    {DeadlineKey::stage1_response, "stage1-response", 1, StagePart::response, &Case::Process::stage1_response, false,
     "answer at stage 1", "{landlord} should answer your complaint",
     "answer your complaint, or say why it needs more time", "answer the complaint, or say why you need more time",
     "send me your answer"},
    {DeadlineKey::stage1_response_extended, "stage1-response-extended", 1, StagePart::extension,
     &Case::Process::stage1_response, false, "answer at stage 1 with the longest extension",
     "Latest day for {landlord} to answer your complaint",
     "answer your complaint at stage 1 (even with the longest extension)",
     "answer the complaint, even with all the extra time allowed", ""},
    {DeadlineKey::stage2_request_by, "stage2-request-by", 2, StagePart::window, &Case::Process::stage2_requested, true,
     "ask for stage 2 (the landlord's window)", "Last day to ask {landlord} for stage 2", "", "", ""},
    {DeadlineKey::stage2_acknowledge, "stage2-acknowledge", 2, StagePart::acknowledge,
     &Case::Process::stage2_acknowledged, false, "acknowledge the stage 2 request",
     "{landlord} should acknowledge your stage 2 request", "acknowledge your stage 2 request",
     "acknowledge the stage 2 request", "acknowledge this request for stage 2"},
    {DeadlineKey::stage2_response, "stage2-response", 2, StagePart::response, &Case::Process::stage2_response, false,
     "answer at stage 2", "{landlord} should send its stage 2 answer",
     "answer at stage 2, or say why it needs more time", "give your stage 2 answer, or say why you need more time",
     "send me your stage 2 answer"},
    {DeadlineKey::stage2_response_extended, "stage2-response-extended", 2, StagePart::extension,
     &Case::Process::stage2_response, false, "answer at stage 2 with the longest extension",
     "Latest day for {landlord} to send its stage 2 answer", "answer at stage 2 (even with the longest extension)",
     "give your stage 2 answer, even with all the extra time allowed", ""},
    {DeadlineKey::ombudsman_by, "ombudsman-by", 0, StagePart::ombudsman, nullptr, true, "ask the Housing Ombudsman",
     "Last day to ask the Housing Ombudsman to look at your complaint", "", "", ""},
    // Awaab's Law: the engine words their findings itself (rules/engine_hazard.cpp), so `overdue`
    // and `missed` stay empty and the complaint's overdue findings and reminders never count them.
    // An emergency is met by the day the landlord's investigation concluded and the home was made
    // safe (process.hazard_investigated, asked for an emergency as "When did ... make it safe?").
    {DeadlineKey::hazard_emergency, "hazard-emergency", 0, StagePart::hazard, &Case::Process::hazard_investigated, false,
     "look into the {hazard} and make the home safe", "{landlord} must make your home safe (Awaab's Law)", "", "",
     "look into the {hazard} and make {my|{tenant's}} home safe"},
    {DeadlineKey::hazard_investigate, "hazard-investigate", 0, StagePart::hazard, &Case::Process::hazard_investigated,
     false, "investigate the {hazard}", "{landlord} must investigate the {hazard} (Awaab's Law)", "", "",
     "investigate the {hazard}"},
    {DeadlineKey::hazard_summary, "hazard-summary", 0, StagePart::hazard, nullptr, false,
     "give you a written summary of what it found and what happens next",
     "{landlord} must send you a written summary of its findings (Awaab's Law)", "", "",
     // The summary is owed to the tenant: someone writing for them asks for a copy.
     "send {me a written summary of what you found and what happens next|{tenant} a written summary of what you found "
     "and what happens next, and a copy to me}"},
    {DeadlineKey::hazard_safety_work, "hazard-safety-work", 0, StagePart::hazard, nullptr, false,
     "do the safety work that makes the home safe (where it found a significant hazard)",
     "{landlord} must do the safety work (Awaab's Law)", "", "",
     "do any safety work needed to make {my|{tenant's}} home safe"},
    {DeadlineKey::hazard_further_work_start, "hazard-further-work-start", 0, StagePart::hazard, nullptr, false,
     "take steps to begin the further work that stops it coming back",
     "{landlord} must take steps to begin the further work (Awaab's Law)", "", "",
     "take steps to begin the further work that stops it coming back"},
    {DeadlineKey::hazard_further_work_latest, "hazard-further-work-latest", 0, StagePart::hazard, nullptr, false,
     "start the further work at the latest", "Latest day for {landlord} to start the further work (Awaab's Law)", "",
     "", "start the further work"},
};
template <> struct Vocabulary<DeadlineKey> : Rows<kDeadlineKindRows> {};

// The date in the case an anchor names ("process.stage1_submitted", "issue.hazard_reported"), or
// nullptr for an anchor that is another deadline's date.
inline const std::optional<Date>* case_date_of(const Case& c, Anchor a) {
    const auto& p = c.process;
    switch (a) {
        case Anchor::stage1_submitted: return &p.stage1_submitted;
        case Anchor::stage1_acknowledged: return &p.stage1_acknowledged;
        case Anchor::stage1_response: return &p.stage1_response;
        case Anchor::stage2_requested: return &p.stage2_requested;
        case Anchor::stage2_acknowledged: return &p.stage2_acknowledged;
        case Anchor::stage2_response: return &p.stage2_response;
        case Anchor::hazard_reported: return &c.issue.hazard_reported;
        case Anchor::hazard_investigated: return &p.hazard_investigated;
        default: return nullptr;
    }
}

// The deadline an anchor names when it is another deadline's date ("hazard-investigate").
inline std::optional<DeadlineKey> deadline_of(Anchor a) {
    switch (a) {
        case Anchor::stage1_acknowledge_due: return DeadlineKey::stage1_acknowledge;
        case Anchor::stage1_response_due: return DeadlineKey::stage1_response;
        case Anchor::stage2_acknowledge_due: return DeadlineKey::stage2_acknowledge;
        case Anchor::stage2_response_due: return DeadlineKey::stage2_response;
        case Anchor::hazard_investigate_due: return DeadlineKey::hazard_investigate;
        default: return std::nullopt;
    }
}

// One of a kind's texts (duty, calendar, asked...) with `{landlord}` and `{hazard}` filled in.
inline std::string kind_words(std::string_view text, std::string_view landlord, Hazard hazard) {
    std::string out(text);
    const auto fill = [&out](std::string_view part, std::string_view with) {
        for (std::size_t at = 0; (at = out.find(part, at)) != std::string::npos; at += with.size())
            out.replace(at, part.size(), with);
    };
    fill("{landlord}", landlord);
    fill("{hazard}", row_of(hazard).words);
    return out;
}

// The step of the case that meets deadline `key`, or nullptr for one no step meets.
inline const std::optional<Date>* step_meeting(const Case::Process& p, DeadlineKey key) {
    const auto member = row_of(key).met_by;
    return member ? &(p.*member) : nullptr;
}

// Whether the case shows the step that meets `key` done: its own date, or a later step that
// implies it (an answer implies an acknowledgement; a request for stage 2, or anything after it,
// implies the complaint was acknowledged). A step implied but not dated is done, date not known.
inline bool step_done(const Case::Process& p, DeadlineKey key) {
    if (const std::optional<Date>* own = step_meeting(p, key); own && *own) return true;
    if (key == DeadlineKey::stage1_acknowledge)
        return p.stage1_response || p.stage2_requested || p.stage2_acknowledged || p.stage2_response;
    if (key == DeadlineKey::stage2_acknowledge) return p.stage2_response.has_value();
    return false;
}

}  // namespace redress
