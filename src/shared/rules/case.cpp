#include "rules/case.h"

#include <array>

#include "json/input.h"
#include "rules/case_fields.h"
#include "rules/policy_catalogue.h"

namespace redress {
namespace {

// Reads a case's fields group by group, as visit_fields() hands them over, and checks each
// group's dates when the group is done. FieldReader keeps the first problem, so the error a bad
// case gets is the first in visit_fields' order.
class CaseReader {
public:
    CaseReader(JsonValue root, const PolicyCatalogue& catalogue, Date today, Case& c, InputError& error)
        : top_(root, "", &error), group_reader_(JsonValue{}, "", &error), catalogue_(catalogue), today_(today), c_(c),
          error_(error) {}

    bool read() {
        if (!top_.ok()) return false;
        visit_fields(c_, *this);
        close_group();
        for (const CaseGroupRow& g : Vocabulary<CaseGroup>::rows)
            if (!g.name.empty()) top_keys_[top_key_count_++] = g.name;
        unknown_[0] = top_.unknown_keys(std::span(top_keys_.data(), top_key_count_));
        for (const auto& unknown : unknown_)
            c_.ignored_fields.insert(c_.ignored_fields.end(), unknown.begin(), unknown.end());
        return top_.ok();
    }

    void operator()(const CaseField& f, std::string& text) {
        FieldReader& r = reader_for(f);
        text = r.string(f.key, f.required, f.max_length);
        if (f.group == CaseGroup::top && f.required && r.ok() && catalogue_.find(text) == nullptr)
            r.fail(f.path(), "\"" + text.substr(0, 60) + "\" is not a known landlord (known: " + catalogue_.ids() + ")");
    }
    void operator()(const CaseField& f, bool& flag) { flag = reader_for(f).boolean(f.key); }
    template <typename E>
    void operator()(const CaseField& f, E& value) {
        value = reader_for(f).pick<E>(f.key, value);
    }
    void operator()(const CaseField& f, std::vector<Adjustment>& list) { list = reader_for(f).pick_list<Adjustment>(f.key); }
    void operator()(const CaseField& f, std::vector<std::string>& list) {
        list = reader_for(f).text_list(f.key, kMaxListItems, f.max_length);
    }
    void operator()(const CaseField& f, std::optional<Date>& date) {
        date = read_date(reader_for(f), f.key, false);
        dates_[date_count_++] = {f.key, date, false};
    }
    void operator()(const CaseField& f, Date& date) {
        FieldReader& r = reader_for(f);
        if (f.asked == Asked::not_asked) {  // today: the case's own, else the one the caller gives
            if (r.has(f.key)) {
                if (auto t = read_date(r, f.key, false)) today_ = *t;
            } else if (!in_supported_range(today_)) {
                r.fail(std::string(f.key), "today's date is outside the years Redress can check");
            }
            date = today_;
            return;
        }
        date = read_date(r, f.key, f.required).value_or(Date{});
        dates_[date_count_++] = {f.key, date, f.required};
    }

private:
    struct GroupDate {
        std::string_view key;
        std::optional<Date> value;
        bool required = false;
    };

    static std::optional<Date> read_date(FieldReader& r, std::string_view key, bool required) {
        const auto text = r.optional_text(key, 40);
        if (!r.ok()) return std::nullopt;
        if (!text) {
            if (required) r.fail(r.path_of(key), "is required (a date written as YYYY-MM-DD)");
            return std::nullopt;
        }
        std::string problem;
        auto parsed = parse_supported_date(*text, &problem);
        if (!parsed) r.fail(r.path_of(key), problem);
        return parsed;
    }

    // The reader for `f`'s group, opening the group (and closing the one before) when it changes.
    FieldReader& reader_for(const CaseField& f) {
        if (f.group == CaseGroup::top) {
            top_keys_[top_key_count_++] = f.key;
            return top_;
        }
        if (f.group != group_) {
            close_group();
            group_ = f.group;
            const std::string_view name = name_of(f.group);
            group_reader_ = FieldReader(top_.object(name, f.group == CaseGroup::issue), std::string(name), &error_);
        }
        keys_[key_count_++] = f.key;
        return group_reader_;
    }

    // The group's unknown keys, and its dates: none after today, each after the step it answers.
    void close_group() {
        if (group_ == CaseGroup::top) return;
        unknown_[std::size_t(group_)] = group_reader_.unknown_keys(std::span(keys_.data(), key_count_));
        for (std::size_t k = 0; k < date_count_; ++k) {
            const GroupDate& d = dates_[k];
            if (!group_reader_.ok() || !d.value) continue;
            if (*d.value > c_.today)
                group_reader_.fail(group_reader_.path_of(d.key),
                                   format_iso_date(*d.value) + " is after today (" + format_iso_date(c_.today) + ")" +
                                       (d.required ? "; give the date it last happened" : ""));
            for (const DateOrder& o : kDateOrder) {
                if (o.group != group_ || o.later != d.key) continue;
                const std::optional<Date> earlier = group_date(o.earlier);
                if (group_reader_.ok() && earlier && *d.value < *earlier)
                    group_reader_.fail(group_reader_.path_of(d.key),
                                       format_iso_date(*d.value) + " is before " + group_reader_.path_of(o.earlier) + " (" +
                                           format_iso_date(*earlier) + ")");
            }
        }
        date_count_ = 0;
        key_count_ = 0;
        group_ = CaseGroup::top;
    }

    std::optional<Date> group_date(std::string_view key) const {
        for (std::size_t k = 0; k < date_count_; ++k)
            if (dates_[k].key == key) return dates_[k].value;
        return std::nullopt;
    }

    FieldReader top_, group_reader_;
    const PolicyCatalogue& catalogue_;
    Date today_;
    Case& c_;
    InputError& error_;
    CaseGroup group_ = CaseGroup::top;
    std::array<std::string_view, 24> keys_{}, top_keys_{};  // the keys of the group being read, and the top level's
    std::size_t key_count_ = 0, top_key_count_ = 0;
    std::array<GroupDate, 8> dates_{};  // the dates of the group being read
    std::size_t date_count_ = 0;
    std::array<std::vector<std::string>, 5> unknown_;  // by group, the top level's first
};

std::optional<Case> read_case(JsonValue root, const PolicyCatalogue& catalogue, Date today, InputError& error) {
    if (!root.is_object()) {
        error = {"", "a case must be a JSON object"};
        return std::nullopt;
    }
    Case c;
    CaseReader reader(root, catalogue, today, c, error);
    if (!reader.read()) return std::nullopt;
    return c;
}

}  // namespace

std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error, JsonTree& tree) {
    error = {};
    if (!parse_json(json_text, tree, error)) return std::nullopt;
    return read_case(tree.root(), catalogue, today, error);
}

std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error) {
    JsonTree tree;
    return parse_case(json_text, catalogue, today, error, tree);
}

std::optional<Case> parse_case_json(JsonValue root, std::string_view path, const PolicyCatalogue& catalogue,
                                    Date today, InputError& error) {
    error = {};
    auto c = read_case(root, catalogue, today, error);
    if (!c && !path.empty()) {
        std::string field(path);
        if (!error.field.empty()) field.append(".").append(error.field);
        error.field = std::move(field);
    }
    return c;
}

}  // namespace redress
