#pragma once
// The policies Redress knows: the landlords' and the Code (the baseline), by id; and the law
// they sit under (Awaab's Law, rules/law.h).
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "rules/law.h"
#include "rules/policy.h"
#include "util/embedded_files.h"

namespace redress {

inline constexpr std::string_view kBaselinePolicyId = "ombudsman-code";

class PolicyCatalogue {
public:
    // Loads every file; the first problem (file, field, reason) is kept in errors(). The policies
    // compiled into the binary are policies::embedded_files() (util/embedded_files.h), the law
    // law_files::embedded_files(); a host loads them once and keeps the catalogue for as long as
    // it runs (verdicts point into it).
    explicit PolicyCatalogue(std::span<const EmbeddedFile> files,
                             std::span<const EmbeddedFile> law = law_files::embedded_files());
    // None: no policies and no law, and no errors. The browser's wizard starts on this (its first
    // page needs none) until the catalogue file arrives after the first frame (rules/catalogue_file.h).
    PolicyCatalogue() = default;
    bool empty() const { return policies_.empty() && !law_; }

    const std::vector<Policy>& policies() const { return policies_; }
    const std::vector<InputError>& errors() const { return errors_; }
    const Policy* find(std::string_view id) const;
    const Policy* baseline() const { return find(kBaselinePolicyId); }
    // Awaab's Law, or nullptr when its file did not load (then errors() says why).
    const Law* law() const { return law_ ? &*law_ : nullptr; }
    // "cheshire-west-forhousing, halton-housing, ..." for messages.
    std::string ids() const;

private:
    std::vector<Policy> policies_;
    std::optional<Law> law_;
    std::vector<InputError> errors_;
};


}  // namespace redress
