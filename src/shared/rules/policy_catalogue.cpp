#include "rules/policy_catalogue.h"

namespace redress {

PolicyCatalogue::PolicyCatalogue(std::span<const EmbeddedFile> files, std::span<const EmbeddedFile> law) {
    for (const EmbeddedFile& file : law) {
        InputError error;
        if (law_) errors_.push_back({std::string(file.name), "only one law file is read (Awaab's Law)"});
        else if (!(law_ = load_law(file.data, file.name, error))) errors_.push_back(error);
    }
    if (!law_ && errors_.empty()) errors_.push_back({"awaabs-law.json", "the law's file is missing"});
    for (const EmbeddedFile& file : files) {
        InputError error;
        auto policy = load_policy(file.data, file.name, error);
        if (!policy) {
            errors_.push_back(error);
            continue;
        }
        const std::string expected = policy->id + ".json";
        if (file.name != expected) {
            errors_.push_back({std::string(file.name) + ": id", "is \"" + policy->id + "\" but the file must then be named " + expected});
            continue;
        }
        if (find(policy->id) != nullptr) {
            errors_.push_back({std::string(file.name) + ": id", "\"" + policy->id + "\" is used twice"});
            continue;
        }
        policies_.push_back(std::move(*policy));
    }
    if (errors_.empty() && (baseline() == nullptr || !baseline()->baseline))
        errors_.push_back({std::string(kBaselinePolicyId) + ".json", "the Code baseline policy is missing"});
}

const Policy* PolicyCatalogue::find(std::string_view id) const {
    for (const Policy& p : policies_)
        if (p.id == id) return &p;
    return nullptr;
}

std::string PolicyCatalogue::ids() const {
    std::string out;
    for (const Policy& p : policies_) out += (out.empty() ? "" : ", ") + p.id;
    return out;
}

}  // namespace redress
