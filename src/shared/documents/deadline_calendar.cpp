#include "documents/deadline_calendar.h"

#include <cstdint>
#include <span>

#include "documents/user_text.h"
#include "rules/wording.h"

namespace redress {
namespace {

// The deadline's calendar title, with the landlord's name (and the hazard) in it.
std::string what_is_due(DeadlineKey key, const std::string& landlord, Hazard hazard) {
    return kind_words(row_of(key).calendar, landlord, hazard);
}

std::string compact_date(Date d) {
    std::string iso = format_iso_date(d);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// FNV-1a: a stable short id for the UID, the same on every platform.
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char ch : text) {
        h ^= ch;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hex(std::uint64_t value) {
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int k = 15; k >= 0; --k, value >>= 4) out[static_cast<std::size_t>(k)] = digits[value & 0xf];
    return out;
}

void line(std::string& out, std::string_view content) {
    out += ics_fold(content);
    out += "\r\n";
}

// Reminders, in days before the deadline, each at 09:00. A landlord's deadline: a week and a day
// before, to get ready to chase. A step the tenant must take (complain, ask for stage 2, go to the
// Ombudsman): a month before as well, to gather what they need.
constexpr int kLandlordReminders[] = {7, 1};
constexpr int kTenantReminders[] = {30, 7, 1};

void event(std::string& out, const Case& c, std::string_view id, Date date, const std::string& summary,
           const std::string& description, std::span<const int> reminders) {
    const std::string case_key = c.landlord + "|" + format_iso_date(c.issue.event_date) + "|" + c.complainant.name + "|" +
                                 c.issue.summary;
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + std::string(id) + "-" + compact_date(date) + "-" + hex(fnv1a(case_key)) + "@redress.invalid");
    line(out, "DTSTAMP:" + compact_date(c.today) + "T000000Z");
    line(out, "DTSTART;VALUE=DATE:" + compact_date(date));
    line(out, "DTEND;VALUE=DATE:" + compact_date(date + date::days{1}));
    line(out, "SUMMARY:" + ics_escape(summary));
    line(out, "DESCRIPTION:" + ics_escape(description));
    line(out, "TRANSP:TRANSPARENT");
    for (const int days : reminders) {
        if (date - date::days{days} < c.today) continue;  // a reminder already past is left out
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "DESCRIPTION:" + ics_escape(summary));
        // The event starts at midnight, so 09:00 N days before is N-1 days and 15 hours earlier.
        line(out, "TRIGGER:-P" + (days > 1 ? std::to_string(days - 1) + "D" : "") + "T15H");
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

}  // namespace

std::string ics_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string ics_fold(std::string_view content) {
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    for (std::size_t k = 0; k < content.size();) {
        std::size_t len = 1;  // octets in this UTF-8 character
        const auto b = static_cast<unsigned char>(content[k]);
        if (b >= 0xf0) len = 4;
        else if (b >= 0xe0) len = 3;
        else if (b >= 0xc0) len = 2;
        len = std::min(len, content.size() - k);
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(content.substr(k, len));
        width += len;
        k += len;
    }
    return out;
}

std::string deadlines_ics(const Case& c, const Verdict& v, const std::string& landlord) {
    std::string out;
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Redress//Complaint deadlines//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + ics_escape("Complaint to " + landlord));

    // The tenant's own summary goes in each description, so they know which complaint it is.
    const std::string summary = clean_user_text(c.issue.summary);
    const std::string about = summary.empty() ? "" : "\nYour complaint: " + summary;
    const bool not_yet_sent = !c.process.stage1_submitted && !c.process.stage1_response;
    if (not_yet_sent && v.time_limit.in_time && v.time_limit.ends >= c.today)
        event(out, c, "time-limit", v.time_limit.ends, "Last day to complain to " + landlord,
              "The time limit is " + std::to_string(v.time_limit.months) + " months (" + std::string(v.time_limit.cite) + ")." + about,
              kTenantReminders);
    for (const Deadline& d : v.deadlines) {
        if (d.date < c.today) continue;
        if (const auto* step = step_meeting(c.process, d.key); step != nullptr && step->has_value()) continue;  // done
        event(out, c, name_of(d.key), d.date, what_is_due(d.key, landlord, hazard_class(c.issue)),
              wording::duration(d.count, d.unit) + " from " + format_long_date(d.anchor_date) + " (" + std::string(d.cite) + ")." + about,
              row_of(d.key).tenants_step ? std::span<const int>(kTenantReminders) : std::span<const int>(kLandlordReminders));
    }
    line(out, "END:VCALENDAR");
    return out;
}

}  // namespace redress
