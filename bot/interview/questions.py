"""Every question of the interview, in asking order: the one definition of each.

The engine walks ``QUESTIONS`` in order and asks each question whose
``applies(answers)`` is true; parsing, storage, the catalogs and the handoff
report all read the same objects. Sections follow ``SECTIONS`` and each
section's questions are consecutive.

Writing rules (tests enforce the measurable ones): one short plain question per
prompt, second person, no legal advice and no promises; ``help`` says what the
question means and why the lawyer needs it; ``example`` wherever the format
matters. "The patient" is introduced once ("you, or the person you help") and
used the same way after that. Skip, "I don't know" and "I'd rather tell the
lawyer" are offered by the engine for every question, so they are never choices;
the immigration and security history questions (``HISTORY_QUESTION_IDS``) also
say so in their prompt.
"""
from __future__ import annotations

from bot.i18n.markers import N_
from bot.interview import conditions as when
from bot.interview.evidence import DENIAL_GROUNDS
from bot.interview.model import AnswerType as T
from bot.interview.model import Choice, Question
from bot.interview.sections import SECTIONS_BY_KEY

_ABOUT = (
    Question(
        id="safe_to_message", section="about", type=T.YES_NO,
        prompt=N_("Is it safe for us to send you messages on this phone or app?"),
        help=N_("If someone who should not see these messages might read them, say no. "
                "The lawyer's team needs to know how to reach you without putting you at risk."),
        report_label=N_("Safe to message on this channel"),
    ),
    Question(
        id="safe_contact_instructions", section="about", type=T.TEXT,
        prompt=N_("How can the team reach you safely? For example, a time of day, "
                  "or another number or app."),
        help=N_("Tell us what is safe for you. This goes to the lawyer's team so they "
                "contact you only in that way."),
        ask_if=when.not_confirmed_safe_to_message,
        report_label=N_("Safe way to contact"),
    ),
    Question(
        id="writer_role", section="about", type=T.CHOICE,
        prompt=N_("Who is writing to us?"),
        help=N_("The patient is the person who needs the treatment. If you are writing "
                "for them, that is fine: answer as well as you can."),
        choices=(
            Choice("patient", N_("I am the patient")),
            Choice("parent", N_("The patient's parent or guardian")),
            Choice("family", N_("Another family member")),
            Choice("friend", N_("A friend or neighbour")),
            Choice("organisation", N_("Staff of a clinic or group")),
        ),
        report_label=N_("Who is writing"),
    ),
    Question(
        id="helper_name", section="about", type=T.NAME,
        prompt=N_("What is your full name?"),
        help=N_("The lawyer needs the name of everyone in the case, to make "
                "sure they can take it and to know who they are talking to."),
        example=N_("Example: Ana María López"),
        ask_if=when.is_helper_writing,
        report_label=N_("Helper's name"),
    ),
    Question(
        id="patient_name", section="about", type=T.NAME,
        prompt=N_("What is the full name of the patient (you, or the person you help), "
                  "as written in the passport?"),
        help=N_("Write every name exactly as in the passport or ID. If the patient has "
                "used other names or spellings, write them too."),
        example=N_("Example: Carlos Andrés Pérez Gómez"),
        report_label=N_("Patient's name (as in passport)"),
    ),
    Question(
        id="patient_birth_date", section="about", type=T.DATE,
        prompt=N_("What is the patient's date of birth?"),
        help=N_("The forms need it. It also tells us if the patient is a child, "
                "who needs a parent's or guardian's consent."),
        example=N_("Example: 2 June 1985"),
        allow_future=False,
        report_label=N_("Patient's date of birth"),
    ),
    Question(
        id="patient_age", section="about", type=T.NUMBER,
        prompt=N_("How old is the patient, in years?"),
        help=N_("If you do not know the exact date of birth, the age is enough for now. "
                "It tells us if the patient is a child."),
        example=N_("Example: 34"),
        ask_if=when.birth_date_unknown,
        min_value=0, max_value=120,
        report_label=N_("Patient's age (no birth date given)"),
    ),
    Question(
        id="patient_citizenship", section="about", type=T.TEXT,
        prompt=N_("Which country is the patient a citizen of? If more than one, "
                  "name them all."),
        help=N_("This is usually the country on the patient's passport. The officer "
                "looks at the care available there."),
        grounds=("available_elsewhere",),
        report_label=N_("Citizenship"),
    ),
    Question(
        id="patient_location", section="about", type=T.TEXT,
        prompt=N_("In which city and country is the patient now?"),
        help=N_("This can differ from the country of citizenship. It shows where the "
                "patient would travel from and which nearby countries matter."),
        grounds=("available_elsewhere",),
        report_label=N_("Where the patient is now"),
    ),
    Question(
        id="patient_can_decide", section="about", type=T.YES_NO,
        prompt=N_("Can the patient make their own decisions about their medical care?"),
        help=N_("Some adults cannot decide for themselves because of illness or a "
                "disability. If so, the lawyer needs to know who decides for them."),
        ask_if=when.should_ask_if_patient_can_decide,
        report_label=N_("Patient can decide for themself"),
    ),
    Question(
        id="guardian_name", section="about", type=T.NAME,
        prompt=N_("Who makes legal decisions for the patient? Write the full name of the "
                  "parent or legal guardian."),
        help=N_("For an adult, this may be a guardian or someone with a power of attorney. "
                "If it is you, write your own name. The lawyer needs it for the consent papers."),
        example=N_("Example: Rosa Elena Martínez"),
        ask_if=when.needs_guardian,
        report_label=N_("Parent or legal guardian"),
    ),
    Question(
        id="guardian_consent", section="about", type=T.YES_NO,
        prompt=N_("Do both parents, or the legal guardian, agree that the patient "
                  "should travel for treatment?"),
        help=N_("For a child, signed consent from both parents or the guardian is "
                "usually needed. If a parent cannot be found or does not agree, tell the lawyer."),
        evidence=("parental_consent",),
        grounds=("missing_evidence",),
        ask_if=when.needs_guardian,
        report_label=N_("Parents / guardian agree to the trip"),
    ),
    Question(
        id="has_guardian_documents", section="about", type=T.YES_NO,
        prompt=N_("Do you have papers that show who decides for the patient, such as a "
                  "birth certificate, a court order or a power of attorney?"),
        help=N_("These papers show that the person who signs for the patient has the "
                "right to do so."),
        evidence=("guardian_documents",),
        grounds=("missing_evidence",),
        ask_if=when.needs_guardian,
        report_label=N_("Guardian papers on hand"),
    ),
)

_CASE = (
    Question(
        id="request_type", section="case", type=T.CHOICE,
        prompt=N_("Has the patient asked the US before for permission to come for treatment?"),
        help=N_("This permission is called humanitarian parole (form I-131). The lawyer "
                "needs to know about any earlier request and what happened to it."),
        choices=(
            Choice("first", N_("No, this is the first time")),
            Choice("after_denial", N_("Yes, and it was denied")),
            Choice("refile", N_("Yes, and we are asking again")),
        ),
        report_label=N_("Request type"),
    ),
    Question(
        id="earlier_request_outcome", section="case", type=T.CHOICE,
        prompt=N_("What happened to the earlier request?"),
        help=N_("The lawyer needs to know how the earlier request ended, because each "
                "outcome leads to different next steps."),
        choices=(
            Choice("denied", N_("It was denied")),
            Choice("approved", N_("It was approved")),
            Choice("withdrawn", N_("It was withdrawn")),
            Choice("pending", N_("No answer yet")),
        ),
        ask_if=when.is_refile,
        report_label=N_("Outcome of earlier request"),
    ),
    Question(
        id="earlier_receipt_number", section="case", type=T.RECEIPT_NUMBER,
        prompt=N_("What is the receipt number of the earlier request? It is on the letters "
                  "from USCIS, the US immigration office, and starts with 3 letters."),
        help=N_("USCIS puts this number on every letter about a request. The lawyer uses "
                "it to find the case."),
        example=N_("Example: IOE0912345678"),
        ask_if=when.is_refile_or_after_denial,
        report_label=N_("Receipt number (earlier request)"),
    ),
    Question(
        id="denial_date", section="case", type=T.DATE,
        prompt=N_("On what date was the request denied? It is on the denial letter."),
        help=N_("The date matters because some next steps have time limits. The lawyer "
                "will check them."),
        example=N_("Example: 14 March 2025, or 'three weeks ago'"),
        allow_future=False,
        ask_if=when.has_denial,
        report_label=N_("Denial date"),
    ),
    Question(
        id="denial_grounds", section="case", type=T.MULTI_CHOICE,
        prompt=N_("What reasons did the denial letter give? Choose all that fit."),
        help=N_("The letter usually says why the request was denied. The lawyer will look "
                "at each reason, so choose every one you see."),
        choices=tuple(Choice(ground.key, ground.label) for ground in DENIAL_GROUNDS),
        ask_if=when.has_denial,
        report_label=N_("Reasons given for the denial"),
    ),
    Question(
        id="denial_grounds_other", section="case", type=T.TEXT,
        prompt=N_("What other reason did the letter give? Copy the words if you can."),
        help=N_("The exact words help the lawyer understand the officer's reason."),
        grounds=("other",),
        ask_if=when.denial_cited_other,
        report_label=N_("Other denial reason (as written)"),
    ),
    Question(
        id="has_denial_notice", section="case", type=T.YES_NO,
        prompt=N_("Do you have the denial letter, or a photo of it?"),
        help=N_("The lawyer needs to read the letter itself. Keep it safe: the lawyer "
                "will need a clear photo of every page."),
        evidence=("denial_notice",),
        grounds=("missing_evidence",),
        ask_if=when.has_denial,
        report_label=N_("Denial letter on hand"),
    ),
    Question(
        id="changes_since_denial", section="case", type=T.TEXT,
        prompt=N_("What is new since the denial? For example, the patient got worse, "
                  "or you have new letters or records."),
        help=N_("The lawyer looks for what has changed since the officer decided. "
                "Tell us anything new, even if it seems small."),
        grounds=("urgency", "missing_evidence"),
        ask_if=when.has_denial,
        report_label=N_("New since the denial"),
    ),
)

_MEDICAL = (
    Question(
        id="diagnosis", section="medical", type=T.TEXT,
        prompt=N_("What illness or health problem does the patient have? Use your own words."),
        help=N_("Write it the way the doctor explained it to you. If you know the "
                "medical name, add it too."),
        evidence=("medical_need",),
        grounds=("urgency",),
        report_label=N_("Diagnosis (plain words)"),
    ),
    Question(
        id="diagnosis_date", section="medical", type=T.DATE,
        prompt=N_("When did a doctor first find this illness?"),
        help=N_("A rough date is fine. The lawyer uses it to show how the illness has "
                "changed over time."),
        example=N_("Example: 5 May 2024, or 'last May'"),
        evidence=("medical_need",),
        grounds=("urgency",),
        allow_future=False,
        report_label=N_("Date diagnosed"),
    ),
    Question(
        id="current_condition", section="medical", type=T.TEXT,
        prompt=N_("How is the patient's health now? For example: stable, getting worse, "
                  "or in hospital."),
        help=N_("Tell us what you see day to day. The officer looks at how serious the "
                "patient's situation is now."),
        evidence=("medical_need",),
        grounds=("urgency",),
        report_label=N_("Current condition"),
    ),
    Question(
        id="life_threatening", section="medical", type=T.YES_NO,
        prompt=N_("Has a doctor said this illness could put the patient's life in danger?"),
        help=N_("We know this can be hard to answer. The lawyer needs to know how serious "
                "the illness is; it can also matter for the fees."),
        evidence=("medical_need", "fee_exemption_facts"),
        grounds=("urgency",),
        report_label=N_("Life-threatening (per a doctor)"),
    ),
    Question(
        id="recommended_treatment", section="medical", type=T.TEXT,
        prompt=N_("What treatment did the doctor say the patient needs? For example: "
                  "surgery, a transplant, or chemotherapy."),
        help=N_("Write what the doctor recommended, in your own words. The lawyer "
                "compares it with the doctor's letters."),
        evidence=("treatment_plan",),
        grounds=("urgency",),
        report_label=N_("Recommended treatment"),
    ),
    Question(
        id="prognosis", section="medical", type=T.TEXT,
        prompt=N_("What did the doctor say will happen with this treatment, and if it is "
                  "delayed or not done?"),
        help=N_("The officer weighs what the treatment can change. Write what the doctor "
                "told you, even if it is hard to write."),
        evidence=("medical_need", "treatment_plan"),
        grounds=("urgency",),
        report_label=N_("Outlook with / without / delayed treatment"),
    ),
    Question(
        id="treatment_deadline", section="medical", type=T.DATE,
        prompt=N_("By what date does the patient need to start treatment, according to "
                  "the doctor?"),
        help=N_("This shows how urgent the case is. If the doctor said 'in 2 months', "
                "you can write that."),
        example=N_("Example: 1 September 2025, or 'in 2 months'"),
        evidence=("medical_need", "treatment_plan"),
        grounds=("urgency",),
        report_label=N_("Treatment must start by"),
    ),
    Question(
        id="treating_doctors", section="medical", type=T.PEOPLE_LIST,
        prompt=N_("Who are the patient's doctors now? Write each on its own line: "
                  "the name, and where they work."),
        help=N_("The lawyer may ask these doctors for letters about the illness and the "
                "treatment."),
        example=N_("Example:\nDr. Luis Ramos - cancer doctor, Central Hospital, Lima"),
        evidence=("medical_need",),
        report_label=N_("Treating doctors"),
    ),
    Question(
        id="has_physician_letter", section="medical", type=T.YES_NO,
        prompt=N_("Do you have a letter from the patient's doctor about the illness and "
                  "the treatment needed?"),
        help=N_("The lawyer needs a doctor's letter that says the diagnosis, the treatment, "
                "what happens without it, and why it cannot be done at home."),
        evidence=("physician_letter",),
        grounds=("urgency", "available_elsewhere", "missing_evidence"),
        report_label=N_("Doctor's letter on hand"),
    ),
    Question(
        id="medical_records_on_hand", section="medical", type=T.MULTI_CHOICE,
        prompt=N_("Which of these medical papers do you have now? Choose all that fit."),
        help=N_("Copies or clear photos are fine. The lawyer uses them to show the illness "
                "and the care the patient has had."),
        choices=(
            Choice("imaging", N_("Scans or X-rays")),
            Choice("lab_results", N_("Lab or blood test results")),
            Choice("pathology", N_("Biopsy reports")),
            Choice("prescriptions", N_("Prescriptions")),
            Choice("past_treatment", N_("Records of past treatment")),
            Choice("hospital_discharge", N_("Papers from a hospital stay")),
        ),
        evidence=("medical_records",),
        grounds=("missing_evidence",),
        report_label=N_("Medical records on hand"),
    ),
    Question(
        id="independent_opinion", section="medical", type=T.YES_NO,
        prompt=N_("Has another doctor, who does not treat the patient, looked at the case "
                  "and agreed the treatment is needed?"),
        help=N_("A second doctor's opinion can back up what the treating doctor says. "
                "It is fine if there is none yet."),
        evidence=("independent_opinion",),
        grounds=("urgency", "available_elsewhere"),
        report_label=N_("Independent medical opinion"),
    ),
    Question(
        id="unavailable_reasons", section="medical", type=T.MULTI_CHOICE,
        prompt=N_("Why can't the patient get this treatment in their home country? "
                  "Choose all that fit."),
        help=N_("The officer often asks why the treatment cannot be done at home. "
                "Choose every reason that is true."),
        choices=(
            Choice("not_offered", N_("It is not done there")),
            Choice("wait_too_long", N_("The wait is too long")),
            Choice("no_equipment", N_("No equipment or specialists")),
            Choice("too_costly", N_("It costs too much")),
            Choice("tried_failed", N_("It was tried and did not work")),
            Choice("unsafe_to_reach", N_("It is not safe to get there")),
        ),
        evidence=("unavailable_at_home", "fee_exemption_facts"),
        grounds=("available_elsewhere",),
        report_label=N_("Why not available at home"),
    ),
    Question(
        id="home_efforts", section="medical", type=T.TEXT,
        prompt=N_("Which hospitals or doctors at home did you ask about this treatment, "
                  "and what did they say?"),
        help=N_("Names, dates and answers help the lawyer show that care was looked for "
                "at home first."),
        evidence=("unavailable_at_home",),
        grounds=("available_elsewhere",),
        report_label=N_("Care looked for at home"),
    ),
    Question(
        id="nearby_countries", section="medical", type=T.TEXT,
        prompt=N_("Why can't the patient get this treatment in a nearby country instead?"),
        help=N_("Officers often ask about closer countries too. Tell us what you know: "
                "for example cost, waiting lists, visas, or no hospital that does it."),
        evidence=("unavailable_at_home",),
        grounds=("available_elsewhere",),
        report_label=N_("Why not in a nearby country"),
    ),
    Question(
        id="has_us_provider", section="medical", type=T.YES_NO,
        prompt=N_("Have you found a hospital or doctor in the US who could treat the patient?"),
        help=N_("The officer wants to see a real plan for care in the US. It is fine if "
                "you have not found one yet."),
        evidence=("treatment_plan",),
        report_label=N_("US hospital or doctor found"),
    ),
    Question(
        id="us_provider", section="medical", type=T.TEXT,
        prompt=N_("What is the name of the US hospital or doctor, and in which city?"),
        help=N_("The lawyer may contact them for a letter saying they will treat the patient."),
        evidence=("treatment_plan",),
        ask_if=when.has_us_provider,
        report_label=N_("US hospital / doctor"),
    ),
    Question(
        id="us_provider_accepted", section="medical", type=T.YES_NO,
        prompt=N_("Has the US hospital or doctor agreed in writing to treat the patient?"),
        help=N_("The officer looks for a letter from the US hospital or doctor saying they "
                "will treat the patient. If they agreed only by phone, say no and tell the lawyer."),
        evidence=("us_provider_acceptance",),
        grounds=("missing_evidence",),
        ask_if=when.has_us_provider,
        report_label=N_("US provider accepted in writing"),
    ),
    Question(
        id="fit_to_travel", section="medical", type=T.CHOICE,
        prompt=N_("Can the patient travel by plane?"),
        help=N_("The officer needs to know the trip is safe for the patient. A doctor's "
                "note about travel can show this."),
        choices=(
            Choice("alone", N_("Yes, alone")),
            Choice("with_helper", N_("Yes, with someone to help")),
            Choice("medical_escort", N_("Only with a nurse or doctor")),
            Choice("air_ambulance", N_("Only by air ambulance")),
            Choice("cannot_fly", N_("No, not now")),
        ),
        evidence=("fitness_to_travel",),
        report_label=N_("Fit to travel"),
    ),
)

_CHRONOLOGY = (
    Question(
        id="timeline", section="chronology", type=T.EVENT_LIST,
        prompt=N_("Please list the important dates, one per line: the date, then what happened."),
        help=N_("Include when the illness started, tests, the diagnosis, referrals, hospital "
                "stays, when it got worse, and planned travel or treatment. A clear timeline "
                "helps the lawyer show why care cannot wait."),
        example=N_("Example:\n2 March 2024 - first pain\n15 May 2024 - diagnosis at Central "
                   "Hospital\n1 July 2024 - doctor said treatment abroad is needed"),
        evidence=("medical_need",),
        grounds=("urgency",),
        report_label=N_("Timeline"),
    ),
)

_SUPPORT = (
    Question(
        id="has_dependents", section="support", type=T.YES_NO,
        prompt=N_("Does anyone depend on the patient for care or money, such as children "
                  "or older parents?"),
        help=N_("The officer may consider the effect on the patient's family. The lawyer "
                "needs to know who relies on the patient."),
        evidence=("humanitarian_impact",),
        report_label=N_("Has dependents"),
    ),
    Question(
        id="dependents", section="support", type=T.PEOPLE_LIST,
        prompt=N_("Who are they? Write each person on its own line: name, age, and who will "
                  "care for them while the patient is away."),
        help=N_("This shows the lawyer the family's situation and who looks after the "
                "people left at home."),
        example=N_("Example:\nSofía Pérez - daughter, 8, her grandmother will care for her"),
        evidence=("humanitarian_impact",),
        ask_if=when.has_dependents,
        report_label=N_("Dependents and their carers"),
    ),
    Question(
        id="daily_life_impact", section="support", type=T.TEXT,
        prompt=N_("How has the illness changed the patient's life? For example: work, "
                  "school, money, home or safety."),
        help=N_("Give facts, such as work lost or days in bed. If something makes life at "
                "home unsafe, such as violence, say so, or keep it for the lawyer."),
        evidence=("humanitarian_impact",),
        grounds=("urgency",),
        report_label=N_("Impact on daily life and safety"),
    ),
    Question(
        id="has_us_family", section="support", type=T.YES_NO,
        prompt=N_("Does the patient have family in the US?"),
        help=N_("Family in the US may help with a place to stay, care or money. The lawyer "
                "also needs their names for the forms."),
        evidence=("humanitarian_impact",),
        report_label=N_("Family in the US"),
    ),
    Question(
        id="us_family", section="support", type=T.PEOPLE_LIST,
        prompt=N_("Who are they? Write each on its own line: name, relationship, and their "
                  "US status (citizen, green card, or other)."),
        help=N_("Status means their legal situation in the US. If you do not know it, "
                "write 'not sure'."),
        example=N_("Example:\nAna López - sister, US citizen\nJosé Ruiz - cousin, green card"),
        evidence=("humanitarian_impact",),
        ask_if=when.has_us_family,
        report_label=N_("US family (relationship, status)"),
    ),
    Question(
        id="has_travel_companions", section="support", type=T.YES_NO,
        prompt=N_("Will anyone travel with the patient, such as a parent, a caregiver or an "
                  "organ donor?"),
        help=N_("Each person who travels with the patient usually needs their own request. "
                "The lawyer needs to know who they are."),
        evidence=("travel_plan",),
        report_label=N_("Travel companions"),
    ),
    Question(
        id="travel_companions", section="support", type=T.PEOPLE_LIST,
        prompt=N_("Who will travel with the patient? Write each on its own line: name, "
                  "and why they are coming."),
        help=N_("For example, a parent of a child, someone who will care for the patient "
                "day to day, or a donor for a transplant."),
        example=N_("Example:\nRosa Pérez - mother, will care for him"),
        evidence=("travel_plan",),
        ask_if=when.has_travel_companions,
        report_label=N_("Travel companions (who, why)"),
    ),
    Question(
        id="statement_writers", section="support", type=T.PEOPLE_LIST,
        prompt=N_("Who could write a letter to support the patient? For example: family, "
                  "an employer, a teacher, a church or a patient group."),
        help=N_("Write each on its own line: name, and how they know the patient. Letters "
                "from people who know the situation can back up what you tell us."),
        example=N_("Example:\nMaría Soto - employer\nHope Foundation - patient group"),
        evidence=("support_statements",),
        report_label=N_("People who could write support letters"),
    ),
)

_FINANCES = (
    Question(
        id="costs", section="finances", type=T.MONEY_LIST,
        prompt=N_("Write each cost on its own line: what it is and how much."),
        help=N_("Include treatment, medicines, flights, a place to stay, food, local travel, "
                "translation and care after treatment. Write the currency. Guesses are fine; "
                "the lawyer will check."),
        example=N_("Example:\nSurgery 40000 USD\nFlights 1200 USD\nRoom for 2 months 1800 USD"),
        evidence=("budget",),
        grounds=("finances",),
        report_label=N_("Costs (by item)"),
    ),
    Question(
        id="has_cost_estimate", section="finances", type=T.YES_NO,
        prompt=N_("Has the US hospital or doctor given you a written price for the treatment?"),
        help=N_("A written price from the hospital shows the officer the real cost."),
        evidence=("cost_estimate",),
        grounds=("finances", "missing_evidence"),
        ask_if=when.has_us_provider,
        report_label=N_("Written price from US provider"),
    ),
    Question(
        id="payers", section="finances", type=T.MULTI_CHOICE,
        prompt=N_("Who will pay for the treatment and the stay? Choose all that fit."),
        help=N_("The officer checks that the costs will be paid. It is fine if the money "
                "comes from more than one place."),
        choices=(
            Choice("patient_family", N_("The patient or their family")),
            Choice("us_relatives", N_("Family or friends in the US")),
            Choice("hospital_charity", N_("The hospital or a charity")),
            Choice("insurance", N_("Insurance")),
            Choice("government", N_("A government program")),
            Choice("fundraising", N_("Fundraising or donations")),
            Choice("other", N_("Someone else")),
        ),
        evidence=("budget",),
        grounds=("finances",),
        report_label=N_("Who pays"),
    ),
    Question(
        id="funds_available", section="finances", type=T.MONEY,
        prompt=N_("About how much money is ready now to pay these costs?"),
        help=N_("Count savings, gifts and promised money. Write the currency. The lawyer "
                "will ask for proof later."),
        example=N_("Example: 8000 USD"),
        evidence=("budget",),
        grounds=("finances",),
        report_label=N_("Money available now"),
    ),
    Question(
        id="has_proof_of_funds", section="finances", type=T.YES_NO,
        prompt=N_("Do you have papers that show this money, such as bank statements or "
                  "letters from donors?"),
        help=N_("The officer wants to see proof, not only a promise, that the costs can "
                "be paid."),
        evidence=("proof_of_funds",),
        grounds=("finances", "missing_evidence"),
        report_label=N_("Proof of money on hand"),
    ),
    Question(
        id="has_sponsor", section="finances", type=T.YES_NO,
        prompt=N_("Will a person or group in the US sign a form promising to support the "
                  "patient with money? The form is called I-134."),
        help=N_("A supporter promises to help pay while the patient is in the US. It can "
                "be a relative, a friend, or a hospital or charity."),
        evidence=("sponsor_i134",),
        grounds=("finances",),
        report_label=N_("US financial supporter (I-134)"),
    ),
    Question(
        id="sponsors", section="finances", type=T.PEOPLE_LIST,
        prompt=N_("Who is the supporter? Write each on its own line: name, and how they "
                  "know the patient."),
        help=N_("The lawyer needs each supporter's name to prepare their form and check "
                "their papers."),
        example=N_("Example:\nAna López - sister"),
        evidence=("sponsor_i134",),
        grounds=("finances",),
        ask_if=when.has_sponsor,
        report_label=N_("Supporters"),
    ),
    Question(
        id="sponsor_status", section="finances", type=T.CHOICE,
        prompt=N_("What is the main supporter's status in the US?"),
        help=N_("Status means their legal situation in the US. It tells the lawyer which "
                "papers the supporter will need."),
        choices=(
            Choice("citizen", N_("US citizen")),
            Choice("green_card", N_("Green card holder")),
            Choice("other_status", N_("Another legal status")),
            Choice("organisation", N_("It is a hospital or group")),
        ),
        evidence=("sponsor_i134",),
        grounds=("finances",),
        ask_if=when.has_sponsor,
        report_label=N_("Main supporter's US status"),
    ),
    Question(
        id="sponsor_income", section="finances", type=T.MONEY,
        prompt=N_("About how much does the main supporter earn in a year?"),
        help=N_("The officer checks that the supporter can really help. A rough amount is fine."),
        example=N_("Example: 52000 USD"),
        evidence=("sponsor_i134",),
        grounds=("finances",),
        ask_if=when.has_person_sponsor,
        report_label=N_("Main supporter's yearly income"),
    ),
    Question(
        id="insurance", section="finances", type=T.CHOICE,
        prompt=N_("Does the patient have health insurance that would pay for care in the US?"),
        help=N_("Many insurance plans do not pay for care abroad. The lawyer needs to know "
                "what is covered and what is not."),
        choices=(
            Choice("none", N_("No health insurance")),
            Choice("home_only", N_("Yes, but only at home")),
            Choice("part", N_("Yes, it pays part in the US")),
            Choice("full", N_("Yes, it pays all in the US")),
        ),
        evidence=("insurance_limits",),
        grounds=("finances",),
        report_label=N_("Insurance cover in the US"),
    ),
)

_TRAVEL = (
    Question(
        id="has_passport", section="travel", type=T.YES_NO,
        prompt=N_("Does the patient have a passport?"),
        help=N_("A passport is usually needed to travel. If the patient has none, the lawyer "
                "needs to know early."),
        evidence=("passport",),
        grounds=("missing_evidence",),
        report_label=N_("Has a passport"),
    ),
    Question(
        id="passport_expiry", section="travel", type=T.DATE,
        prompt=N_("When does the patient's passport expire? The date is on the photo page."),
        help=N_("The passport should be valid for the whole trip. If it has already expired, "
                "write that date anyway."),
        example=N_("Example: 30 November 2027"),
        evidence=("passport",),
        ask_if=when.has_passport,
        report_label=N_("Passport expiry date"),
    ),
    Question(
        id="travel_date", section="travel", type=T.DATE,
        prompt=N_("On what date would the patient like to arrive in the US?"),
        help=N_("A planned date shows a clear plan. A guess is fine, like 'next month'."),
        example=N_("Example: 15 October 2025, or 'next month'"),
        evidence=("travel_plan",),
        grounds=("urgency",),
        report_label=N_("Planned arrival date"),
    ),
    Question(
        id="stay_length_weeks", section="travel", type=T.NUMBER,
        prompt=N_("About how many weeks will the patient need to stay in the US?"),
        help=N_("Count the treatment and the recovery before the patient can fly home. "
                "The lawyer uses this to ask for the right length of stay."),
        example=N_("Example: 12"),
        evidence=("travel_plan", "treatment_plan"),
        min_value=1, max_value=260,
        report_label=N_("Length of stay (weeks)"),
    ),
    Question(
        id="us_address", section="travel", type=T.TEXT,
        prompt=N_("Where will the patient stay in the US? Write the address, or the city "
                  "if you don't know it yet."),
        help=N_("The officer wants to know where the patient will live during treatment, "
                "and with whom."),
        evidence=("travel_plan",),
        report_label=N_("Address in the US"),
    ),
    Question(
        id="return_plan", section="travel", type=T.TEXT,
        prompt=N_("How will the patient go home after treatment? For example, a return "
                  "ticket or money kept for it."),
        help=N_("The officer wants to see that the patient plans to go home. Tell us the "
                "plan as it is now."),
        evidence=("return_plan_home_ties",),
        grounds=("finances",),
        report_label=N_("Plan to return home"),
    ),
    Question(
        id="home_ties", section="travel", type=T.MULTI_CHOICE,
        prompt=N_("What is waiting for the patient at home? Choose all that fit."),
        help=N_("These ties show the officer that the patient has reasons to go back "
                "after treatment."),
        choices=(
            Choice("family", N_("Family, such as children or a spouse")),
            Choice("job", N_("A job or a business")),
            Choice("property", N_("A house or land")),
            Choice("studies", N_("School or studies")),
            Choice("home_doctor", N_("A doctor for follow-up care")),
            Choice("other", N_("Something else")),
        ),
        evidence=("return_plan_home_ties",),
        report_label=N_("Ties at home"),
    ),
    Question(
        id="why_not_visa", section="travel", type=T.TEXT,
        prompt=N_("Why can't the patient come with a regular visa, such as a visitor or "
                  "medical visa?"),
        help=N_("Officers often ask why a visa is not possible. For example: no embassy "
                "nearby, the wait is too long, or a visa was refused."),
        evidence=("immigration_history",),
        grounds=("other_route",),
        report_label=N_("Why not a regular visa"),
    ),
    Question(
        id="prior_us_visits", section="travel", type=T.YES_NO,
        prompt=N_("Has the patient ever had a US visa or been to the US? You can also reply "
                  "'lawyer' to tell the lawyer directly."),
        help=N_("The lawyer needs the patient's full history with the US. Answer as well "
                "as you can; the lawyer will go over the details with you."),
        evidence=("immigration_history",),
        grounds=("security_history",),
        report_label=N_("Earlier US visas or visits"),
    ),
    Question(
        id="visa_refused", section="travel", type=T.YES_NO,
        prompt=N_("Has the US ever refused the patient a visa? You can also reply 'lawyer' "
                  "to tell the lawyer directly."),
        help=N_("A refusal letter can help explain why a visa is not possible. The lawyer "
                "needs to know about every refusal."),
        evidence=("immigration_history",),
        grounds=("other_route", "security_history"),
        report_label=N_("Earlier US visa refusal"),
    ),
    Question(
        id="has_refusal_letter", section="travel", type=T.YES_NO,
        prompt=N_("Do you have the visa refusal letter, or a copy of it? You can also reply "
                  "'lawyer' to tell the lawyer directly."),
        help=N_("The letter shows when and why the visa was refused. Keep it safe for "
                "the lawyer."),
        evidence=("prior_visa_refusal",),
        grounds=("other_route", "missing_evidence"),
        ask_if=when.had_visa_refusal,
        report_label=N_("Visa refusal letter on hand"),
    ),
    Question(
        id="overstay", section="travel", type=T.YES_NO,
        prompt=N_("Has the patient ever stayed in the US longer than allowed? You can also "
                  "reply 'lawyer' to tell the lawyer directly."),
        help=N_("Officers check this history. The lawyer needs to know about it early to "
                "prepare."),
        evidence=("immigration_history",),
        grounds=("security_history",),
        report_label=N_("Earlier overstay in the US"),
    ),
    Question(
        id="removal", section="travel", type=T.YES_NO,
        prompt=N_("Has the patient ever been deported, or made to leave the US or another "
                  "country? You can also reply 'lawyer' to tell the lawyer directly."),
        help=N_("Officers check this history. The lawyer needs to know about it early to "
                "prepare."),
        evidence=("immigration_history",),
        grounds=("security_history",),
        report_label=N_("Earlier deportation or removal"),
    ),
    Question(
        id="arrests", section="travel", type=T.YES_NO,
        prompt=N_("Has the patient ever been arrested, charged or found guilty of a crime, "
                  "anywhere? You can also reply 'lawyer' to tell the lawyer directly."),
        help=N_("Include old or small cases. We do not judge anyone by this answer; the "
                "lawyer needs to know early, with any court or police papers."),
        evidence=("immigration_history",),
        grounds=("security_history",),
        report_label=N_("Arrests, charges or convictions"),
    ),
    Question(
        id="military_service", section="travel", type=T.YES_NO,
        prompt=N_("Has the patient ever served in the army, the police, or a government job? "
                  "You can also reply 'lawyer' to tell the lawyer directly."),
        help=N_("US forms ask everyone about this. The lawyer needs the details to fill "
                "them in correctly."),
        evidence=("immigration_history",),
        grounds=("security_history",),
        report_label=N_("Military, police or government service"),
    ),
    Question(
        id="other_us_applications", section="travel", type=T.YES_NO,
        prompt=N_("Has anyone ever filed another US immigration request for the patient? "
                  "You can also reply 'lawyer' to tell the lawyer directly."),
        help=N_("For example, a family petition or an earlier parole request. Other requests, "
                "finished or still waiting, can change what the lawyer does."),
        evidence=("immigration_history",),
        grounds=("other_route",),
        report_label=N_("Other US immigration requests"),
    ),
    Question(
        id="history_details", section="travel", type=T.EVENT_LIST,
        prompt=N_("Please tell us what happened and when, one line for each event. You can "
                  "also reply 'lawyer' to tell the lawyer directly."),
        help=N_("Write the date and a few words for each visa, visit, refusal, stay, arrest, "
                "job or request you said yes to. If you do not know the exact day, write "
                "your best guess."),
        example=N_("Example:\n10 June 2018 - tourist visa, 2 weeks in Miami\n"
                   "3 April 2022 - visa refused in Bogotá"),
        evidence=("immigration_history",),
        grounds=("security_history", "other_route"),
        ask_if=when.has_history_to_explain,
        report_label=N_("Immigration / security history (details)"),
    ),
)

_AFTERCARE = (
    Question(
        id="aftercare_needs", section="aftercare", type=T.TEXT,
        prompt=N_("What care will the patient need after the main treatment? For example: "
                  "check-ups, therapy or medicines."),
        help=N_("The officer wants to see a plan for care after treatment. Write what the "
                "doctors told you."),
        evidence=("aftercare_plan",),
        report_label=N_("Care needed after treatment"),
    ),
    Question(
        id="home_followup_doctor", section="aftercare", type=T.TEXT,
        prompt=N_("Which doctor or hospital will care for the patient after they go home?"),
        help=N_("A doctor at home who will follow the patient shows that care goes on "
                "after the trip."),
        evidence=("aftercare_plan", "return_plan_home_ties"),
        report_label=N_("Follow-up care at home"),
    ),
    Question(
        id="aftercare_payment", section="aftercare", type=T.TEXT,
        prompt=N_("How will the care after treatment be paid for?"),
        help=N_("Include check-ups, medicines and therapy, in the US and at home. The "
                "officer checks that the whole plan can be paid."),
        evidence=("aftercare_plan",),
        grounds=("finances",),
        report_label=N_("Payment for care after treatment"),
    ),
    Question(
        id="anything_else", section="aftercare", type=T.TEXT,
        prompt=N_("Is there anything else you want the lawyer to know?"),
        help=N_("Add anything we did not ask about. If there is nothing more, you can "
                "skip this question."),
        grounds=("other",),
        report_label=N_("Anything else"),
    ),
)

QUESTIONS: tuple[Question, ...] = (
    _ABOUT + _CASE + _MEDICAL + _CHRONOLOGY + _SUPPORT + _FINANCES + _TRAVEL + _AFTERCARE
)

QUESTIONS_BY_ID: dict[str, Question] = {question.id: question for question in QUESTIONS}

# The immigration and security history questions: each prompt says the applicant
# may keep the answer for the lawyer; a channel may also show that option first.
HISTORY_QUESTION_IDS: frozenset[str] = frozenset({
    "prior_us_visits", "visa_refused", "has_refusal_letter", "overstay", "removal",
    "arrests", "military_service", "other_us_applications", "history_details",
})


def questions_in(section_key: str) -> tuple[Question, ...]:
    """The questions of one section, in asking order. KeyError for an unknown section."""
    if section_key not in SECTIONS_BY_KEY:
        raise KeyError(section_key)
    return tuple(question for question in QUESTIONS if question.section == section_key)
