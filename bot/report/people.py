"""Everyone the answers name, with their role: for the conflict check and the forms.

Each person is ``{"role", "role_label", "name", "detail", "source", "language"}``:
the name and detail verbatim as the applicant wrote them (any script), the role a
stable key with an English label, ``source`` the question the name came from.
Order: patient, helper, guardian, dependents, US family, travel companions
(caregivers, parents, donors), treating doctors, sponsors, statement writers; within
a role, the order given.
"""
from __future__ import annotations

from .context import ReportContext

#: role -> (English label, question, is a people list)
ROLES: dict[str, tuple[str, str, bool]] = {
    "patient": ("Patient", "patient_name", False),
    "helper": ("Helper (writing for the patient)", "helper_name", False),
    "guardian": ("Parent or legal guardian", "guardian_name", False),
    "dependent": ("Dependent (family relying on the patient)", "dependents", True),
    "us_family": ("Family in the US", "us_family", True),
    "travel_companion": ("Travel companion / caregiver", "travel_companions", True),
    "treating_doctor": ("Treating doctor", "treating_doctors", True),
    "sponsor": ("US financial supporter", "sponsors", True),
    "statement_writer": ("Could write a support letter", "statement_writers", True),
}


def build_people(ctx: ReportContext) -> list[dict]:
    people = []
    for role, (label, source, is_list) in ROLES.items():
        if not ctx.defined(source):
            continue
        value = ctx.value(source)
        language = ctx.entries[source]["language"]
        if is_list:
            rows = [(str(entry.get("name") or ""), str(entry.get("detail") or ""))
                    for entry in (value if isinstance(value, list) else [])
                    if isinstance(entry, dict)]
        elif isinstance(value, str) and value.strip():
            rows = [(value, "")]   # the helper's role is in summary.who.helper_role
        else:
            rows = []
        people.extend({"role": role, "role_label": label, "name": name, "detail": detail,
                       "source": source, "language": language}
                      for name, detail in rows if name.strip() or detail.strip())
    return people
