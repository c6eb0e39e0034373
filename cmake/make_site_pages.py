#!/usr/bin/env python3
"""Writes the pages every page of the web app links to from its footer (src/shared/util/site_pages.h):
the accessibility statement, privacy, where the rules come from, and free advice, as static HTML
made from the data files, never written by hand (docs/site-pages.md):

    make_site_pages.py ASSETS CALENDAR_CPP OUT

- ASSETS/pages/*.json: each page's words, and for the advice page each organisation's contact
  details with the public pages they were checked on, and when;
- ASSETS/policies/*.json (not *.tests.json), ASSETS/law/*.json: the sources page lists every one,
  with its version, date, review date and where it was published, and says plainly when a policy
  was past its own review date when Redress last checked it;
- CALENDAR_CPP (src/shared/calendar/calendar.cpp): the bank holidays' one-off changes, read from
  its table, so the list on the page is the one the working days are counted with.

Also copies ASSETS/pages/pages.css and pages.js (the pages' style and the privacy page's
"Delete everything" button) beside them. The pages are not in the app's first load: they are
fetched when a footer link is followed, and kept by the service worker for offline use.
"""
import datetime
import glob
import html
import json
import os
import re
import shutil
import sys

# The footer links, in the order src/shared/util/site_pages.h gives them (tests/cli/test_cli.py
# holds the three lists to one).
FOOTER = [("advice", "Get free advice", "advice.html"),
          ("sources", "Where the rules come from", "sources.html"),
          ("privacy", "Privacy", "privacy.html"),
          ("accessibility", "Accessibility statement", "accessibility.html")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def esc(text):
    return html.escape(str(text), quote=True)


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def link(url, text=None):
    return '<a href="%s">%s</a>' % (esc(url), esc(text or url))


def page(page_id, title, body):
    footer = "\n".join('      <li><a id="footer-%s" href="%s"%s>%s</a></li>' % (
        i, path, ' aria-current="page"' if i == page_id else "", esc(label)) for i, label, path in FOOTER)
    return """<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>%(title)s - Redress</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="style.css">
  <link rel="stylesheet" href="pages.css">
  <script src="pages.js" defer></script>
</head>
<body class="site-page" data-page="%(id)s">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="site-name" href="./">Redress</a>
    <a class="back-to-app" href="./">Back to your complaint</a>
  </header>
  <main id="main" tabindex="-1">
    <h1>%(title)s</h1>
%(body)s
  </main>
  <footer class="site-footer">
    <ul>
%(footer)s
    </ul>
  </footer>
</body>
</html>
""" % {"id": page_id, "title": esc(title), "body": body, "footer": footer}


def paragraphs(texts):
    return "\n".join("    <p>%s</p>" % esc(t) for t in texts)


def bullet_list(items, attrs=None):
    rows = []
    for k, item in enumerate(items):
        extra = attrs[k] if attrs else ""
        rows.append("      <li%s>%s</li>" % (extra, item))
    return "    <ul class=\"page-list\">\n%s\n    </ul>" % "\n".join(rows)


def rows(pairs, cls="page-rows"):
    return "    <dl class=\"%s\">\n%s\n    </dl>" % (cls, "\n".join(
        "      <div><dt>%s</dt><dd>%s</dd></div>" % (esc(k), v) for k, v in pairs))


# --- Accessibility statement (the GOV.UK model's headings, in its order) -----------------------
def accessibility(a):
    lim = a["limitations"]
    nonconforming = [x for x in lim if not x["criterion"].startswith("none")]
    body = [
        paragraphs([a["applies_to"]]),
        "    <p>We want as many people as possible to be able to use Redress. For example, that means you should be able to:</p>",
        bullet_list([esc(x) for x in a["can_do"]]),
        paragraphs([a["two_views"]]),
        "    <h2>How accessible this website is</h2>",
        "    <p>We know some parts of this website are not fully accessible:</p>",
        '    <ul class="page-list" id="known-limitations">\n%s\n    </ul>' % "\n".join(
            '      <li data-limitation="%s">%s</li>' % (esc(x["id"]), esc(x["text"])) for x in lim),
        "    <h2>Reporting accessibility problems with this website</h2>",
        paragraphs([a["report"]]),
        "    <h2>Enforcement procedure</h2>",
        paragraphs([a["enforcement"]]),
        "    <h2>Technical information about this website's accessibility</h2>",
        "    <p>Redress aims to meet the %s, as the %s asks of public sector websites.</p>" % (
            esc(a["standard"]), link(a["regulations"]["url"], a["regulations"]["title"])),
        "    <h3>Compliance status</h3>",
        "    <p>This website is partially compliant with the %s, due to the non-compliances listed below.</p>" % esc(a["standard"]),
        "    <h3>Non-accessible content</h3>",
        bullet_list(["%s (WCAG %s)" % (esc(x["text"]), esc(x["criterion"])) for x in nonconforming]),
        "    <h2>How we tested this website</h2>",
        paragraphs([a["engines"]]),
        bullet_list([esc(x) for x in a["tested"]]),
        "    <h2>Preparation of this accessibility statement</h2>",
        "    <p>This statement was prepared on %s. It was last reviewed on <span id=\"last-reviewed\">%s</span>.</p>" % (
            esc(long_date(a["prepared"])), esc(long_date(a["reviewed"]))),
        "    <p>This website was last tested on %s, by the tests listed above.</p>" % esc(long_date(a["tests_run"])),
        "    <p>It follows the model: %s.</p>" % link(a["model"]["url"], a["model"]["title"]),
    ]
    return page("accessibility", a["title"], "\n".join(body))


# --- Privacy --------------------------------------------------------------------------------------
def privacy(p):
    d = p["delete"]
    body = [paragraphs([p["summary"]]), "    <h2>What Redress keeps on this device</h2>"]
    for item in p["stored"]:
        body.append("    <h3>%s</h3>" % esc(item["what"]))
        body.append(rows([("Where", esc(item["where"])), ("How long", esc(item["how_long"]))]))
    body += ["    <h2>What Redress does not do</h2>", bullet_list([esc(x) for x in p["not_stored"]]),
             paragraphs([p["shared_device"]]),
             '    <h2 id="delete-heading">%s</h2>' % esc(d["heading"]),
             paragraphs([d["explain"]]),
             '    <p class="needs-script">%s</p>' % esc(d["no_script"]),
             '    <button type="button" id="delete-everything" class="button button-warning" hidden>%s</button>' % esc(d["button"]),
             '    <div id="delete-confirm" class="delete-confirm" hidden>',
             '      <h3 id="delete-question" tabindex="-1">%s</h3>' % esc(d["confirm_question"]),
             '      <div class="button-group">',
             '        <button type="button" id="delete-yes" class="button button-warning">%s</button>' % esc(d["confirm_yes"]),
             '        <button type="button" id="delete-no" class="button">%s</button>' % esc(d["confirm_no"]),
             '      </div>',
             '    </div>',
             '    <p id="delete-done" class="delete-done" role="status" tabindex="-1" data-done="%s"></p>' % esc(d["done"]),
             "    <p>This page was last reviewed on %s.</p>" % esc(long_date(p["reviewed"]))]
    return page("privacy", p["title"], "\n".join(body))


# --- Where the rules come from ---------------------------------------------------------------------
def one_offs(calendar_cpp):
    """The one-off bank holiday changes: (year, date, title, what it replaces or "")."""
    with open(calendar_cpp, encoding="utf-8") as f:
        text = f.read()
    table = re.search(r"std::array<OneOff,\s*(\d+)>\s*kOneOffs\s*=\s*\{\{(.*?)\}\};", text, re.S)
    if not table:
        sys.exit("make_site_pages.py: no kOneOffs table in " + calendar_cpp)
    out = []
    for year, moves, month, day, title in re.findall(r'\{(\d{4}),\s*"([^"]*)",\s*(\d+),\s*(\d+),\s*"([^"]*)"\}', table.group(2)):
        title = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), title)
        out.append((int(year), datetime.date(int(year), int(month), int(day)).isoformat(), title, moves))
    if len(out) != int(table.group(1)):
        sys.exit("make_site_pages.py: read %d of the %s rows of kOneOffs in %s" % (len(out), table.group(1), calendar_cpp))
    return sorted(out, key=lambda row: row[1])


def policy_section(policy, meta, s):
    checked = s["checked"]
    pid = policy["id"]
    title = policy["document"] if policy.get("baseline") else "%s: %s" % (policy["short_name"], policy["document"])
    pairs = [("Version and date", esc(policy["date"]))]
    review = policy.get("review")
    past = False
    if review:
        pairs.append(("Review date" if review.get("kind") == "review" else "In force until",
                      "%s (%s: &ldquo;%s&rdquo;)" % (esc(review["date"]), esc(review["cite"].strip("()")), esc(review["quote"]))))
        past = review["last_day"] < checked
    elif policy.get("statutory"):
        st = policy["statutory"]
        pairs.append(("In force", "from %s, for every social landlord in England (%s)" % (esc(long_date(st["from"])), esc(st["cite"]))))
    if meta.get("published"):
        pairs.append(("Where it was published", link(meta["published"], meta.get("published_title"))))
    else:
        source = s.get("not_published_source")
        pairs.append(("Where it was published", esc(s["not_published"]) + (
            " (Source: %s.)" % link(source["url"], source["title"]) if source else "")))
    pairs.append(("Redress's copy", "<code>%s</code>" % esc(policy["source"])))
    pairs.append(("Redress last checked it", esc(long_date(checked))))
    out = ['    <section class="source" data-policy="%s" aria-labelledby="policy-%s">' % (esc(pid), esc(pid)),
           '    <h3 id="policy-%s">%s</h3>' % (esc(pid), esc(title)), rows(pairs)]
    if past:
        out.append('    <p class="past-review" data-past-review="%s"><strong>This policy was past its own %s date (%s) when Redress last '
                   'checked it, on %s.</strong> The landlord may have a newer one: ask it. For a complaint made since 1 April 2024, '
                   'the Complaint Handling Code&rsquo;s minimums apply whatever the policy says.</p>' % (
                       esc(pid), "review" if review.get("kind") == "review" else "end", esc(review["date"]), esc(long_date(checked))))
    out.append("    </section>")
    return "\n".join(out)


def sources(s, policies, laws, holidays):
    known = set(s["policies"])
    body = [paragraphs([s["intro"]]), "    <h2>Landlords&rsquo; complaints policies and the Code</h2>"]
    by_id = {p["id"]: p for p in policies}
    # The Code first (the floor under every landlord), then the landlords by name.
    ordered = sorted(policies, key=lambda p: (not p.get("baseline"), p["name"].lower()))
    for p in ordered:
        body.append(policy_section(p, s["policies"].get(p["id"], {}), s))
    unknown = sorted(known - set(by_id))
    if unknown:
        sys.exit("make_site_pages.py: sources.json names policies with no file in assets/policies: " + ", ".join(unknown))
    body.append("    <h2>The law and the Ombudsman&rsquo;s rules</h2>")
    law_by_id = {law["id"]: law for law in laws}
    code = next((p for p in policies if p.get("baseline")), None)
    for other in s["other"]:
        pairs = [("What Redress takes from it", esc(other["what"]))]
        if other.get("from") == "ombudsman-code" and code and code.get("ombudsman"):
            o = code["ombudsman"]
            pairs.append(("Source", "%s: &ldquo;%s&rdquo;" % (esc(o["cite"]), esc(o["quote"]))))
            pairs.append(("Redress's copy", "<code>%s</code>" % esc(code["source"])))
        elif other.get("from") in law_by_id:
            law = law_by_id[other["from"]]
            f = law["in_force"]
            pairs.append(("In force", esc(long_date(f["from"]))))
            pairs.append(("Source", "%s: &ldquo;%s&rdquo;" % (esc(f["cite"]), esc(f["quote"]))))
            pairs.append(("Redress's copy", "<code>%s</code>" % esc(law["source"])))
        elif other["id"] == "bank-holidays":
            pairs.append(("Standing rules", "New Year&rsquo;s Day, Good Friday, Easter Monday, the first and last Mondays in May, "
                          "the last Monday in August, Christmas Day and Boxing Day, with a weekday in place of New Year&rsquo;s Day, "
                          "Christmas Day or Boxing Day when it falls at a weekend"))
            pairs.append(("Redress's copy", "<code>src/shared/calendar/calendar.cpp</code>"))
        pairs.append(("Redress last checked it", esc(long_date(s["checked"]))))
        body.append('    <section class="source" data-source="%s" aria-labelledby="source-%s">' % (esc(other["id"]), esc(other["id"])))
        body.append('    <h3 id="source-%s">%s</h3>' % (esc(other["id"]), esc(other["title"])))
        body.append(rows(pairs))
        if other["id"] == "bank-holidays":
            body.append("    <p>The one-off changes Redress knows:</p>")
            body.append(bullet_list(["%s: %s%s" % (esc(long_date(day)), esc(title),
                                                    " (the %s, moved from its usual day)" % esc(moves) if moves else " (an extra day)")
                                     for _, day, title, moves in holidays]))
        body.append("    </section>")
    return page("sources", s["title"], "\n".join(body))


# --- Get free advice -----------------------------------------------------------------------------
def contact_value(c):
    if c["kind"] == "Phone":
        return '<a href="tel:%s">%s</a>' % (esc(c["value"].replace(" ", "")), esc(c["value"]))
    text = esc(c["value"])
    return text + (" " + link(c["link"]) if c.get("link") else "")


def advice(a):
    body = [paragraphs(a["intro"])]
    for org in a["organisations"]:
        if not org.get("sources"):
            sys.exit("make_site_pages.py: advice.json: %s has no source for its contact details" % org["id"])
        body.append('    <section class="organisation" data-organisation="%s" aria-labelledby="org-%s">' % (esc(org["id"]), esc(org["id"])))
        body.append('    <h2 id="org-%s">%s</h2>' % (esc(org["id"]), esc(org["name"])))
        body.append(paragraphs([org["what"]]))
        body.append(rows([(c["kind"], contact_value(c)) for c in org["contacts"]]))
        body.append("    <p class=\"cite\">Checked on %s against:</p>" % esc(long_date(a["checked"])))
        body.append(bullet_list([link(x["url"], x["title"]) if x["url"] else esc(x["title"]) for x in org["sources"]]))
        body.append("    </section>")
    return page("advice", a["title"], "\n".join(body))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_site_pages.py ASSETS CALENDAR_CPP OUT")
    assets, calendar_cpp, out = sys.argv[1:]

    def load(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    pages_dir = os.path.join(assets, "pages")
    policy_files = sorted(f for f in glob.glob(os.path.join(assets, "policies", "*.json")) if not f.endswith(".tests.json"))
    policies = [load(f) for f in policy_files]
    laws = [load(f) for f in sorted(glob.glob(os.path.join(assets, "law", "*.json")))]
    os.makedirs(out, exist_ok=True)
    written = {
        "accessibility.html": accessibility(load(os.path.join(pages_dir, "accessibility.json"))),
        "privacy.html": privacy(load(os.path.join(pages_dir, "privacy.json"))),
        "sources.html": sources(load(os.path.join(pages_dir, "sources.json")), policies, laws, one_offs(calendar_cpp)),
        "advice.html": advice(load(os.path.join(pages_dir, "advice.json"))),
    }
    for name, text in written.items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for name in ("pages.css", "pages.js"):
        shutil.copyfile(os.path.join(pages_dir, name), os.path.join(out, name))


if __name__ == "__main__":
    main()
