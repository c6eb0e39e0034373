#pragma once
// Plain-English words for the case vocabulary (case_vocabulary.h), shared by the engine and the
// documents so a category or a kind of representative is always described the same way.
#include <string>
#include <string_view>

namespace redress::wording {

// "Halton Housing's", "Kirklees Homes and Neighbourhoods'" (a name ending in s takes the apostrophe alone).
std::string possessive(std::string_view name);

// "repairs", "anti-social behaviour", "how staff behaved", ...
std::string_view category(std::string_view category);
// "tenant", "shared owner", "housing applicant", ...
std::string_view role(std::string_view role);
// What the landlord (or the tenant) must do by a deadline: "acknowledge the complaint" for
// "stage1-acknowledge", "ask the Housing Ombudsman" for "ombudsman-by"; "" for an unknown key.
std::string_view deadline(std::string_view key);

// `text` with its first letter in capitals ("the date it happened" -> "The date it happened").
std::string capitalised(std::string text);

// "5 working days", "1 month", "14 days": a count in a timescale unit ("working-days", "months", "days").
std::string duration(int count, std::string_view unit);

// "relative", "support worker", "MP", "local councillor", ...
std::string_view representative(std::string_view kind);
// "an MP", "a relative": the representative's kind with its article.
std::string representative_with_article(std::string_view kind);
// The request a letter makes for one adjustment: "Please send me letters in large print."
std::string_view adjustment_request(std::string_view adjustment);

}  // namespace redress::wording
