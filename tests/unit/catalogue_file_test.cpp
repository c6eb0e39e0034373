// The catalogue file the browser fetches after its first frame (rules/catalogue_file.h): it reads
// to the same catalogue as the files compiled in, a damaged one is refused naming the entry, and
// the wizard's first page, which the browser draws before the file arrives, needs none of it.
#include <doctest/doctest.h>

#include <string>

#include "rules/catalogue_file.h"
#include "rules/policy_catalogue.h"
#include "test_support.h"
#include "wizard/view.h"
#include "wizard/wizard.h"

using namespace redress;

namespace {

// The catalogue file of the compiled-in files, written as cmake/make_catalogue_file.py writes it.
std::string catalogue_text() {
    std::string text;
    const auto add = [&text](std::string_view folder, std::span<const EmbeddedFile> files) {
        for (const EmbeddedFile& f : files)
            text += std::string(folder) + "/" + std::string(f.name) + " " + std::to_string(f.data.size()) + "\n" +
                    std::string(f.data) + "\n";
    };
    add("law", law_files::embedded_files());
    add("policies", policies::embedded_files());
    return text;
}

std::string refusal(const std::string& text) {
    InputError error;
    const auto files = read_catalogue_file(text, error);
    CHECK_FALSE(files);
    return error.to_string();
}

}  // namespace

TEST_CASE("the catalogue file reads to the catalogue compiled into the native builds") {
    const std::string text = catalogue_text();
    InputError error;
    const auto files = read_catalogue_file(text, error);
    REQUIRE(files);
    CHECK(files->law.size() == law_files::embedded_files().size());
    REQUIRE(files->policies.size() == policies::embedded_files().size());
    for (std::size_t k = 0; k < files->policies.size(); ++k) {
        CHECK(files->policies[k].name == policies::embedded_files()[k].name);
        CHECK(files->policies[k].data == policies::embedded_files()[k].data);
    }
    const PolicyCatalogue loaded(files->policies, files->law);
    CHECK(loaded.errors().empty());
    CHECK(loaded.ids() == test::catalogue().ids());
    REQUIRE(loaded.law() != nullptr);
    CHECK(loaded.baseline() != nullptr);
}

TEST_CASE("a damaged catalogue file is refused, naming the entry and the problem") {
    const std::string good = catalogue_text();
    CHECK(refusal("policies/hhal.json 2\n{}") == "catalogue file, entry 1: policies/hhal.json is not 2 bytes followed by a line end");
    CHECK(refusal("policies/hhal.json 3\n{}\n") == "catalogue file, entry 1: policies/hhal.json is not 3 bytes followed by a line end");
    CHECK(refusal("policies/hhal.json 2\n{}x") == "catalogue file, entry 1: policies/hhal.json is not 2 bytes followed by a line end");
    CHECK(refusal("policies/hhal.json\n{}\n") == "catalogue file, entry 1: \"policies/hhal.json\" is not \"<path> <length>\"");
    CHECK(refusal("policies/hhal.json 2x\n{}\n") == "catalogue file, entry 1: the length \"2x\" is not a number of bytes");
    CHECK(refusal("policies/hhal.json \n{}\n") == "catalogue file, entry 1: the length \"\" is not a number of bytes");
    CHECK(refusal("policies/hhal.json 99999999999999999999\n{}\n") ==
          "catalogue file, entry 1: the length \"99999999999999999999\" is not a number of bytes");
    CHECK(refusal("fonts/x.json 2\n{}\n") == "catalogue file, entry 1: \"fonts/x.json\" is in neither policies/ nor law/");
    CHECK(refusal("hhal.json 2\n{}\n") == "catalogue file, entry 1: \"hhal.json\" is in neither policies/ nor law/");
    CHECK(refusal(good + "policies/hhal.json 2") == "catalogue file, entry 8: the line naming the file has no end");
    CHECK(refusal(good.substr(0, good.size() - 1)).find("catalogue file, entry 7: policies/") == 0);
    InputError error;
    CHECK(read_catalogue_file("", error));  // no files: the catalogue then says what is missing
    CHECK(PolicyCatalogue({}, {}).errors().front().to_string() == "awaabs-law.json: the law's file is missing");
}

TEST_CASE("a file that is not JSON reaches the loader as written, which names its problem") {
    const std::string text = "law/awaabs-law.json 2\n{\n\npolicies/hhal.json 2\n{}\n";
    InputError error;
    const auto files = read_catalogue_file(text, error);
    REQUIRE(files);
    CHECK(files->law.front().data == "{\n");
    const PolicyCatalogue loaded(files->policies, files->law);
    REQUIRE_FALSE(loaded.errors().empty());
    CHECK(loaded.errors().front().field.find("awaabs-law.json") == 0);
}

TEST_CASE("the wizard's first page is the same before the catalogue is in as after") {
    const Date today = date::sys_days{date::year{2025} / 11 / 20};
    const PolicyCatalogue none;
    CHECK(none.empty());
    CHECK(none.errors().empty());
    const wizard::Wizard before(none, today);
    const wizard::Wizard after(test::catalogue(), today);
    CHECK(wizard::view_json(before.view()) == wizard::view_json(after.view()));
}
