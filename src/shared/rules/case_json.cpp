#include "rules/case_json.h"

#include <variant>

#include "rules/case_fields.h"
#include "util/short_sort.h"

namespace redress {
namespace {

// One member to write: its key, and the value as the case holds it (an enum as its name).
struct Member {
    CaseGroup group;
    std::string_view key;
    std::variant<const std::string*, bool, std::string_view, Date, std::optional<Date>, const std::vector<Adjustment>*,
                 const std::vector<std::string>*>
        value;
    bool written_when_empty;
};

// Every field of `c`, in visit_fields' order.
std::vector<Member> members_of(const Case& c) {
    std::vector<Member> out;
    out.reserve(48);
    visit_fields(c, [&out](const CaseField& f, const auto& member) {
        using T = std::decay_t<decltype(member)>;
        Member m{f.group, f.key, {}, f.written_when_empty};
        if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::vector<Adjustment>> ||
                      std::is_same_v<T, std::vector<std::string>>)
            m.value = &member;
        else if constexpr (std::is_enum_v<T>) {
            if (!f.written_when_empty && member == T{}) return;  // a choice not made is left out
            m.value = name_of(member);
        }
        else m.value = member;
        out.push_back(m);
    });
    return out;
}

void write_value(JsonWriter& w, const Member& m) {
    std::visit(
        [&w](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, const std::string*>) w.value(*v);
            else if constexpr (std::is_same_v<T, const std::vector<Adjustment>*>) {
                w.begin_array();
                for (Adjustment a : *v) w.value(name_of(a));
                w.end_array();
            } else if constexpr (std::is_same_v<T, const std::vector<std::string>*>) w.string_list(*v);
            else if constexpr (std::is_same_v<T, Date>) w.value(format_iso_date(v));
            else if constexpr (std::is_same_v<T, std::optional<Date>>) w.value(format_iso_date(*v));
            else w.value(v);
        },
        m.value);
}

// Whether the member is written: a date the case does not have is left out, and so is empty
// text that the case JSON leaves out when empty.
bool present(const Member& m) {
    if (const auto* d = std::get_if<std::optional<Date>>(&m.value)) return d->has_value();
    if (const auto* s = std::get_if<const std::string*>(&m.value)) return m.written_when_empty || !(*s)->empty();
    return true;
}

bool by_key(const Member* a, const Member* b) { return a->key < b->key; }

}  // namespace

// Keys in sorted order, as every object Redress writes: the groups' names sort among the
// top-level fields, and each group's members among themselves.
void write_case(JsonWriter& w, const Case& c) {
    const std::vector<Member> members = members_of(c);
    std::vector<Member> top;  // the top-level fields, and one entry standing for each group
    for (const Member& m : members)
        if (m.group == CaseGroup::top) top.push_back(m);
    for (const CaseGroupRow& g : Vocabulary<CaseGroup>::rows)
        if (g.value != CaseGroup::top) top.push_back({g.value, g.name, {}, true});
    std::vector<const Member*> order;
    for (const Member& m : top) order.push_back(&m);
    short_sort(order.begin(), order.end(), by_key);

    w.begin_object();
    for (const Member* item : order) {
        if (item->group == CaseGroup::top) {
            if (present(*item)) write_value(w.key(item->key), *item);
            continue;
        }
        std::vector<const Member*> in_group;
        for (const Member& m : members)
            if (m.group == item->group && present(m)) in_group.push_back(&m);
        short_sort(in_group.begin(), in_group.end(), by_key);
        w.key(item->key).begin_object();
        for (const Member* m : in_group) write_value(w.key(m->key), *m);
        w.end_object();
    }
    w.end_object();
}

std::string case_json(const Case& c) {
    JsonWriter w;
    write_case(w, c);
    return w.take();
}

}  // namespace redress
