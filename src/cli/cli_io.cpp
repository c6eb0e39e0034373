#include "cli_io.h"

#include <chrono>
#include <fstream>
#include <iostream>

namespace redress::cli {

std::optional<std::string> read_input(const std::string& path, std::string& problem, std::size_t max_bytes) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            problem = "cannot open " + path;
            return std::nullopt;
        }
        in = &file;
    }
    std::string data;
    char buffer[64 * 1024];
    while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
        data.append(buffer, std::size_t(in->gcount()));
        if (data.size() > max_bytes) {
            problem = (path == "-" ? std::string("standard input") : path) + " is larger than " +
                      std::to_string(max_bytes / (1024 * 1024)) + " MB";
            return std::nullopt;
        }
    }
    if (in->bad()) {
        problem = "cannot read " + path;
        return std::nullopt;
    }
    return data;
}

int fail(std::string_view message) {
    std::string line = "redress: ";
    for (char c : message) line += (c == '\n' || c == '\r') ? ' ' : c;  // always exactly one line
    std::cerr << line << '\n';
    return kExitBadInput;
}

int emit(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : fail("cannot write to standard output");
}

Date system_today() { return date::floor<date::days>(std::chrono::system_clock::now()); }

const PolicyCatalogue* builtin_catalogue_or_fail(int& exit_code) {
    // Loaded once, when a command first needs it, and kept while the command runs: verdicts
    // point into it (rules/verdict.h).
    static const PolicyCatalogue catalogue(policies::embedded_files());
    if (!catalogue.errors().empty()) {
        exit_code = fail("built-in policy " + catalogue.errors().front().to_string());
        return nullptr;
    }
    return &catalogue;
}

}  // namespace redress::cli
