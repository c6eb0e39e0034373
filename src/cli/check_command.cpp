#include "check_command.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <thread>

#include "cli_io.h"
#include "documents/case_file.h"
#include "json/input.h"
#include "line_reader.h"
#include "rules/engine.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict_json.h"
#include "thread_team.h"

namespace redress::cli {
namespace {

// Evaluates one case and appends its verdict to `out`, or fills `error` naming the field. The
// case is read into `tree`; a thread passes the same tree for every case, so each reuses its
// memory.
bool check_one(std::string_view text, const PolicyCatalogue& catalogue, Date today, JsonTree& tree, JsonWriter& out,
               InputError& error) {
    const auto c = import_case(text, catalogue, today, error, tree, &json_parse);
    if (!c) return false;
    write_verdict(out, evaluate(*c, catalogue), &c->ignored_fields);
    return true;
}

// JSON Lines are read and checked in batches: the lines of a batch are split between the
// threads, each writes its verdicts to its own writer, and the writers are printed in order.
// Each case is independent and the engine is a pure function of constant data, so this needs
// no locks, and the output is the same whatever the number of threads.
constexpr std::size_t kBatchLines = 1024, kBatchBytes = 16 * 1024 * 1024;

// The build for Node has one thread (src/wasm/CMakeLists.txt says why).
#ifdef REDRESS_MAX_THREADS
constexpr unsigned kMaxThreads = REDRESS_MAX_THREADS;
#else
constexpr unsigned kMaxThreads = 16;
#endif

struct Batch {
    std::string text;                // the lines end to end, without their newlines
    std::vector<std::size_t> ends;   // where each line ends in text
    std::vector<bool> too_long;      // the line was over the limit (its text is not kept)
    long first_number = 1;           // the line number of the first line

    std::string_view line(std::size_t k) const {
        const std::size_t from = k == 0 ? 0 : ends[k - 1];
        return std::string_view(text).substr(from, ends[k] - from);
    }
};

// Reads up to kBatchLines lines or about kBatchBytes; false at the end of the input.
bool read_batch(LineReader& lines, Batch& batch) {
    batch.first_number += static_cast<long>(batch.ends.size());
    batch.text.clear();
    batch.ends.clear();
    batch.too_long.clear();
    std::string_view line;
    bool too_long = false;
    while (batch.ends.size() < kBatchLines && batch.text.size() < kBatchBytes && lines.next(line, too_long)) {
        batch.text += line;
        batch.ends.push_back(batch.text.size());
        batch.too_long.push_back(too_long);
    }
    return !batch.ends.empty();
}

// Lines [from, to) of the batch: a verdict or an error object per line, each on its own line.
void check_lines(const Batch& batch, std::size_t from, std::size_t to, const PolicyCatalogue& catalogue, Date today,
                 JsonTree& tree, JsonWriter& out) {
    for (std::size_t k = from; k < to; ++k) {
        const std::string_view line = batch.line(k);
        InputError error;
        if (batch.too_long[k]) error = {"", "the line is larger than 1 MB"};
        else if (line.find_first_not_of(" \t") == std::string_view::npos) error = {"", "the line is empty"};
        // check_one fails before it writes anything, so an error line is never half a verdict.
        if (!error.message.empty() || !check_one(line, catalogue, today, tree, out, error)) {
            out.begin_object().key("error");
            write_input_error(out, error);
            out.field("line", batch.first_number + static_cast<long>(k)).end_object();
        }
        out.text("\n");
    }
}

unsigned default_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads); }

int check_jsonl(std::FILE* in, const std::string& name, unsigned threads, const PolicyCatalogue& catalogue,
                Date today) {
    ThreadTeam team(threads);
    // Each member's writer (and the tree it reads cases into) on its own cache lines: writers
    // side by side in one array shared a line, and every append by one thread made the other's
    // copy stale (false sharing), which cost a third of the second thread's speed.
    struct alignas(64) Output {
        JsonWriter writer;
        JsonTree tree;
    };
    std::vector<Output> outs(threads);
    Batch batch;
    LineReader lines(in, kMaxInputBytes);
    while (read_batch(lines, batch)) {
        const std::size_t n = batch.ends.size();
        team.run([&](unsigned k) {
            check_lines(batch, n * k / threads, n * (k + 1) / threads, catalogue, today, outs[k].tree, outs[k].writer);
        });
        for (Output& out : outs) {
            if (out.writer.size() > 0 && emit(out.writer.view()) != kExitOk) return kExitBadInput;
            out.writer.clear();
        }
    }
    if (std::ferror(in)) return fail("check: cannot read " + name);
    return kExitOk;
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
    bool jsonl = false;
    unsigned threads = default_threads();
    std::vector<std::string> files;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        if (a == "--jsonl") {
            jsonl = true;
        } else if (a == "--threads") {
            const std::string value = k + 1 < args.size() ? args[++k] : "";
            unsigned n = 0;
            const auto [end, problem] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (problem != std::errc() || end != value.data() + value.size() || n < 1 || n > kMaxThreads)
                return fail("check: --threads must be a whole number from 1 to " + std::to_string(kMaxThreads) + ", got \"" +
                            value.substr(0, 20) + "\"");
            threads = n;
        } else if (a.size() > 1 && a[0] == '-') {
            return fail("check: unknown option \"" + a + "\" (try: redress check --help)");
        } else {
            files.push_back(a);
        }
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
        JsonWriter writer(2);
        JsonTree tree;
        InputError error;
        if (!check_one(*text, *catalogue, today, tree, writer, error)) return fail("check: " + error.to_string());
        writer.text("\n");
        return emit(writer.view());
    }

    // JSON Lines: the whole input is bounded per line, not in total, so big batches stream.
    if (files[0] == "-") return check_jsonl(stdin, files[0], threads, *catalogue, today);
    std::FILE* file = std::fopen(files[0].c_str(), "rb");
    if (file == nullptr) return fail("check: cannot open " + files[0]);
    const int result = check_jsonl(file, files[0], threads, *catalogue, today);
    std::fclose(file);
    return result;
}

int run_policies(const std::vector<std::string>& args) {
    if (!args.empty()) return fail("policies: takes no arguments");
    int exit_code = kExitOk;
    const PolicyCatalogue* catalogue = builtin_catalogue_or_fail(exit_code);
    if (catalogue == nullptr) return exit_code;
    JsonWriter w(2);
    w.begin_array();
    for (const Policy& p : catalogue->policies())
        w.begin_object().field("date", p.date).field("document", p.document).field("id", p.id).field("name", p.name).end_object();
    w.end_array();
    w.text("\n");
    return emit(w.view());
}

}  // namespace redress::cli
