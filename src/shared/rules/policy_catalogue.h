#pragma once
// The policies Redress knows: the landlords' and the Code (the baseline), by id.
#include <span>
#include <string_view>
#include <vector>

#include "rules/policy.h"
#include "util/embedded_files.h"

namespace redress {

inline constexpr std::string_view kBaselinePolicyId = "ombudsman-code";

class PolicyCatalogue {
public:
    // Loads every file; the first problem (file, field, reason) is kept in errors(). The policies
    // compiled into the binary are policies::embedded_files() (util/embedded_files.h); a host
    // loads them once and keeps the catalogue for as long as it runs (verdicts point into it).
    explicit PolicyCatalogue(std::span<const EmbeddedFile> files);

    const std::vector<Policy>& policies() const { return policies_; }
    const std::vector<InputError>& errors() const { return errors_; }
    const Policy* find(std::string_view id) const;
    const Policy* baseline() const { return find(kBaselinePolicyId); }
    // "cheshire-west-forhousing, halton-housing, ..." for messages.
    std::string ids() const;

private:
    std::vector<Policy> policies_;
    std::vector<InputError> errors_;
};


}  // namespace redress
