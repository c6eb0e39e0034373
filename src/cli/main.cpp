// `redress`: the rules engine on the command line. Every command prints its answer on stdout
// and exits 0, or prints one line on stderr naming the problem and exits 2 (docs/cli.md).
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "calendar_commands.h"
#include "check_command.h"
#include "cli_io.h"
#include "letter_command.h"
#include "util/site_pages.h"

namespace {

struct Command {
    const char* name;
    const char* usage;
    const char* help;
    int (*run)(const std::vector<std::string>&);
};

const Command kCommands[] = {
    {"check", "redress check [--jsonl [--threads N]] FILE",
     "Reads a case (JSON; FILE may be - for standard input) and prints the verdict as JSON.\n"
     "With --jsonl, reads one case per line and prints one verdict per line, in order; a bad\n"
     "line gives {\"line\": N, \"error\": {...}} and the rest still run. The lines are shared\n"
     "between N threads (default: one per processor); the output is the same for any N.",
     redress::cli::run_check},
    {"letter", "redress letter FILE [--kind KIND] [--format text|html|json|ics] [--large-print]",
     "Writes a document for the case in FILE (a case, or a case file; - for standard input).\n"
     "KIND is stage1, stage2, discretion, service-request, consent, representation,\n"
     "ombudsman, chaser or hazard-report; without --kind, the one the verdict calls for. Formats:\n"
     "  text  plain text: \"Before you send\" first, then the document to paste into an email\n"
     "        or a web form (the default)\n"
     "  html  a page to print on A4, \"Before you send\" on a page of its own (--large-print: 18 pt)\n"
     "  json  the case file: the case, the verdict and the documents, to carry on later\n"
     "  ics   an iCalendar file: an all-day event for each deadline to come, with reminders a\n"
     "        week and a day before (and a month before for the tenant's own, such as the Ombudsman's)",
     redress::cli::run_letter},
    {"policies", "redress policies",
     "Prints the built-in policies as a JSON array of {\"id\", \"name\", \"document\", \"date\"}.",
     redress::cli::run_policies},
    {"holidays", "redress holidays FROM_YEAR TO_YEAR",
     "Prints the England and Wales bank holidays in those years (2000 to 2100) as a JSON array of\n"
     "{\"date\", \"title\"}, sorted by date; substitute days also carry \"substitute\": true.",
     redress::cli::run_holidays},
    {"add-working-days", "redress add-working-days DATE N",
     "Prints the date N working days after DATE (before it when N is negative). DATE itself never\n"
     "counts; working days are Monday to Friday except England and Wales bank holidays.",
     redress::cli::run_add_working_days},
};

void print_usage(std::ostream& out) {
    out << "redress: check housing complaints against landlord policies and the Housing Ombudsman's\n"
           "Complaint Handling Code.\n\nUsage:\n";
    for (const Command& c : kCommands) out << "  " << c.usage << "\n";
    out << "\nRun 'redress COMMAND --help' for more about a command.\n";
    // The pages linked from every page's footer, as addresses in the built web app.
    out << "\nPages in the web app (build/wasm/web/; add each to the address it is served at):\n";
    for (const redress::SitePage& p : redress::kSitePages)
        out << "  " << p.path << std::string(20 - std::min<std::size_t>(19, p.path.size()), ' ') << p.label << "\n";
}

bool is_help(const std::string& arg) { return arg == "--help" || arg == "-h"; }

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_usage(std::cerr);
        return redress::cli::kExitBadInput;
    }
    if (is_help(args[0]) || args[0] == "help") {
        print_usage(std::cout);
        return redress::cli::kExitOk;
    }
    for (const Command& c : kCommands) {
        if (args[0] != c.name) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const std::string& a : rest)
            if (is_help(a)) {
                std::cout << "Usage: " << c.usage << "\n\n" << c.help << "\n";
                return redress::cli::kExitOk;
            }
        return c.run(rest);
    }
    return redress::cli::fail("unknown command \"" + args[0] + "\" (try: redress --help)");
}
