#pragma once
// The official England and Wales bank holidays (GOV.UK), as the tests hold them, and working days
// counted on them the plain way, day by day: the reference the calendar and every deadline test
// are checked against, never the calendar's own arithmetic.
#include <map>
#include <string>
#include <vector>

#include "calendar/iso_date.h"

namespace redress::test {

// Transcribed by hand from the official list of England and Wales bank holidays (GOV.UK), not
// from this code. 2028 to 2030 are not yet published there; they follow the standing rules
// (Banking and Financial Dealings Act 1971 and the annual proclamations' pattern).
inline const std::map<int, std::vector<std::string>> kOfficialBankHolidays = {
    {2012, {"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"}},
    {2013, {"2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26"}},
    {2014, {"2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26"}},
    {2015, {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28"}},
    {2016, {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27"}},
    {2017, {"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26"}},
    {2018, {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"}},
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"}},
    {2028, {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"}},
    {2029, {"2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"}},
    {2030, {"2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"}},
};

// Whether `d` is a bank holiday on the official list.
inline bool official_bank_holiday(Date d) {
    const int year = int(date::year_month_day{d}.year());
    const auto list = kOfficialBankHolidays.find(year);
    if (list == kOfficialBankHolidays.end()) return false;
    for (const std::string& h : list->second)
        if (h == format_iso_date(d)) return true;
    return false;
}

// The nth working day after `from` on the official list (Monday to Friday, not a bank holiday),
// walked a day at a time.
inline Date official_working_days_after(Date from, int n) {
    Date d = from;
    while (n > 0) {
        d += date::days{1};
        const unsigned weekday = date::weekday{d}.c_encoding();  // 0 Sunday .. 6 Saturday
        if (weekday != 0 && weekday != 6 && !official_bank_holiday(d)) --n;
    }
    return d;
}

}  // namespace redress::test
