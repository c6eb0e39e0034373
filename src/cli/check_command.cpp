#include "check_command.h"

#include <fstream>
#include <iostream>

#include "case_file.h"
#include "cli_io.h"
#include "engine.h"
#include "json_input.h"
#include "policy_catalogue.h"
#include "verdict_json.h"

namespace redress::cli {
namespace {

// Evaluates one case: the verdict, or an error naming the field.
bool check_one(std::string_view text, const PolicyCatalogue& catalogue, Date today, nlohmann::json& out,
               InputError& error) {
    const auto c = import_case(text, catalogue, today, error);
    if (!c) return false;
    out = verdict_to_json(evaluate(*c, catalogue));
    if (!c->ignored_fields.empty()) out["ignored_fields"] = c->ignored_fields;
    return true;
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
    bool jsonl = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--jsonl") jsonl = true;
        else if (a.size() > 1 && a[0] == '-') return fail("check: unknown option \"" + a + "\" (try: redress check --help)");
        else files.push_back(a);
    }
    if (files.size() != 1) return fail("check: expected one FILE (or - for standard input)");
    int exit_code = kExitOk;
    const PolicyCatalogue* catalogue = builtin_catalogue_or_fail(exit_code);
    if (catalogue == nullptr) return exit_code;
    const Date today = system_today();

    if (!jsonl) {
        std::string problem;
        const auto text = read_input(files[0], problem);
        if (!text) return fail("check: " + problem);
        nlohmann::json verdict;
        InputError error;
        if (!check_one(*text, *catalogue, today, verdict, error)) return fail("check: " + error.to_string());
        return emit(verdict.dump(2) + "\n");
    }

    // JSON Lines: the whole input is bounded per line, not in total, so big batches stream.
    std::ifstream file;
    std::istream* in = &std::cin;
    if (files[0] != "-") {
        file.open(files[0], std::ios::binary);
        if (!file) return fail("check: cannot open " + files[0]);
        in = &file;
    }
    std::string line, out;
    out.reserve(1 << 20);
    for (long number = 1; std::getline(*in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        nlohmann::json result;
        InputError error;
        if (line.size() > kMaxInputBytes) error = {"", "the line is larger than 1 MB"};
        else if (line.find_first_not_of(" \t") == std::string::npos) error = {"", "the line is empty"};
        if (!error.message.empty() || !check_one(line, *catalogue, today, result, error))
            result = {{"line", number}, {"error", error_to_json(error)}};
        out += result.dump();
        out += '\n';
        if (out.size() > (1 << 20)) {
            if (emit(out) != kExitOk) return kExitBadInput;
            out.clear();
        }
    }
    if (in->bad()) return fail("check: cannot read " + files[0]);
    return emit(out);
}

int run_policies(const std::vector<std::string>& args) {
    if (!args.empty()) return fail("policies: takes no arguments");
    int exit_code = kExitOk;
    const PolicyCatalogue* catalogue = builtin_catalogue_or_fail(exit_code);
    if (catalogue == nullptr) return exit_code;
    nlohmann::json out = nlohmann::json::array();
    for (const Policy& p : catalogue->policies())
        out.push_back({{"id", p.id}, {"name", p.name}, {"document", p.document}, {"date", p.date}});
    return emit(out.dump(2) + "\n");
}

}  // namespace redress::cli
