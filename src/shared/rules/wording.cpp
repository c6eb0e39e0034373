#include "rules/wording.h"

namespace redress::wording {

std::string possessive(std::string_view name) {
    std::string out(name);
    out += !out.empty() && out.back() == 's' ? "'" : "'s";
    return out;
}

std::string duration(int count, std::string_view unit) {
    const std::string n = std::to_string(count);
    const bool one = count == 1;
    if (unit == "working-days") return n + (one ? " working day" : " working days");
    if (unit == "months") return n + (one ? " month" : " months");
    return n + (one ? " day" : " days");
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string_view deadline(std::string_view key) {
    if (key == "stage1-acknowledge") return "acknowledge the complaint";
    if (key == "stage1-response") return "answer at stage 1";
    if (key == "stage1-response-extended") return "answer at stage 1 with the longest extension";
    if (key == "stage2-request-by") return "ask for stage 2 (the landlord's window)";
    if (key == "stage2-acknowledge") return "acknowledge the stage 2 request";
    if (key == "stage2-response") return "answer at stage 2";
    if (key == "stage2-response-extended") return "answer at stage 2 with the longest extension";
    if (key == "ombudsman-by") return "ask the Housing Ombudsman";
    return "";
}

std::string_view category(std::string_view c) {
    if (c == "repairs") return "repairs";
    if (c == "anti-social-behaviour") return "anti-social behaviour";
    if (c == "staff-conduct") return "how staff behaved";
    if (c == "rent-or-service-charge-level") return "the level of my rent or service charge";
    if (c == "insurance") return "an insurance matter";
    if (c == "data-protection") return "how my personal information was handled";
    if (c == "director") return "a director";
    return "your service";
}

std::string_view role(std::string_view r) {
    if (r == "leaseholder") return "leaseholder";
    if (r == "shared-owner") return "shared owner";
    if (r == "applicant") return "housing applicant";
    if (r == "former-tenant") return "former tenant";
    if (r == "household-member") return "member of a tenant's household";
    if (r == "other") return "resident";
    return "tenant";
}

std::string_view representative(std::string_view k) {
    if (k == "relative") return "relative";
    if (k == "friend") return "friend";
    if (k == "advocate") return "advocate";
    if (k == "support-worker") return "support worker";
    if (k == "advice-agency") return "adviser";
    if (k == "solicitor") return "solicitor";
    if (k == "mp") return "MP";
    if (k == "councillor") return "local councillor";
    if (k == "tenant-panel") return "tenant panel";
    return "representative";
}

std::string representative_with_article(std::string_view k) {
    const std::string_view words = representative(k);
    const bool vowel_sound = k == "mp" || k == "advocate" || k == "advice-agency";
    return std::string(vowel_sound ? "an " : "a ") + std::string(words);
}

std::string_view adjustment_request(std::string_view a) {
    if (a == "large-print") return "Please send me letters in large print.";
    if (a == "braille") return "Please send me letters in Braille.";
    if (a == "interpreter") return "Please give me an interpreter when you speak to me.";
    if (a == "bsl") return "Please give me a British Sign Language (BSL) interpreter when you speak to me.";
    if (a == "email-contact") return "Please contact me by email.";
    if (a == "phone-contact") return "Please contact me by phone.";
    if (a == "more-time") return "Please give me more time when you ask me to do something.";
    if (a == "breaks") return "Please let me take breaks in meetings and calls.";
    return "";
}

}  // namespace redress::wording
