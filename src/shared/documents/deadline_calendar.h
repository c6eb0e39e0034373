#pragma once
// A verdict's deadlines as an iCalendar file (RFC 5545): one all-day event per date still to
// come, each with a reminder the morning before, so a phone's calendar reminds the tenant.
#include <string>

#include "rules/case.h"
#include "rules/verdict.h"

namespace redress {

// Deterministic: the same case gives the same bytes (UIDs are derived from the case, DTSTAMP is
// the case's "today"). Lines end CRLF and are folded at 75 octets, never inside a character.
// `landlord` is the name the letters use (landlord_display_name).
std::string deadlines_ics(const Case& c, const Verdict& v, const std::string& landlord);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and newline.
std::string ics_escape(std::string_view text);
// RFC 5545 line folding of one content line (without its CRLF): CRLF + space every 75 octets.
std::string ics_fold(std::string_view line);

}  // namespace redress
