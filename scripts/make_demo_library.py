"""Write the synthetic demo standards library, resources/demo/demo_standards.xlsx.

The workbook imitates the layout of a hospital accreditation standards library in the
JCI chapter structure so that the demo project can be loaded through the real importer.
Chapter codes and titles are facts; every standard and measurable element sentence below
was written for Accredit Tracker and is not taken from any publisher's standards text.

The output is deterministic: the same script always writes a byte-identical file.

Usage:  python scripts/make_demo_library.py [--output PATH]
"""

from __future__ import annotations

import argparse
import io
import random
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "demo" / "demo_standards.xlsx"

TITLE = "Demo hospital standards library (synthetic text for Accredit Tracker)"
EDITION = "Edition: Demo 1.0"
SHEET = "Standards"
HEADERS = (
    "Chapter",
    "Chapter title",
    "Standard",
    "Standard text",
    "ME",
    "Measurable element",
    "Typical evidence",
    "Tags",
)
MIN_TOTAL, MAX_TOTAL = 1150, 1300
SEED = "accredit-tracker-demo-1.0"

# --------------------------------------------------------------------------------------
# Measurable-element categories.  A category decides where an element sits in the list,
# its tag and the kind of evidence a surveyor would look at.
#   P policy   I practice   C patient communication   R resources
#   T training   D documentation   M monitoring   L leadership
# --------------------------------------------------------------------------------------

CATEGORY_ORDER = "PICRTDML"

CATEGORY_TAGS = {
    "P": "policy",
    "I": "practice",
    "C": "communication",
    "R": "resources",
    "T": "training",
    "D": "documentation",
    "M": "monitoring",
    "L": "leadership",
}

EVIDENCE = {
    "P": (
        "Policy",
        "Policy; procedure",
        "Approved policy document",
        "Written procedure; flowchart",
        "Policy; document control record",
    ),
    "I-patient": (
        "Observation; staff interviews",
        "Tracer observation; staff interviews",
        "Observation of practice; patient interviews",
        "Staff interviews; sample of records",
        "Patient tracer; medical record review",
    ),
    "I": (
        "Observation; staff interviews",
        "Document review; staff interviews",
        "Observation; completed checklists",
        "Staff interviews; logs and records",
    ),
    "I-org": (
        "Meeting minutes; reports",
        "Document review; interviews with leaders",
        "Reports; staff interviews",
    ),
    "I-staff": (
        "Staff files; interviews",
        "Sample of staff files",
        "Human resources records; interviews",
    ),
    "C": (
        "Patient information material; patient interviews",
        "Patient and family interviews",
        "Information leaflets; patient interviews",
    ),
    "R": (
        "Observation of the area; inventory list",
        "Observation; stock lists",
        "Facility tour; checklists",
    ),
    "R-equipment": (
        "Equipment inventory; maintenance records",
        "Observation; equipment checklists",
    ),
    "R-records": (
        "Maintenance records; logs",
        "Inspection and repair records",
    ),
    "T": (
        "Training records; attendance lists",
        "Orientation programme; training records",
        "Competency checklists; staff files",
        "Training records; staff interviews",
    ),
    "D": (
        "Medical record review",
        "Sample of patient records",
        "Medical record audit",
        "Medical record review; forms",
    ),
    "M": (
        "Audit results; monitoring data",
        "Quality indicator reports; action plans",
        "Audit tool; improvement action plan",
        "Monitoring data; committee minutes",
    ),
    "L": (
        "Committee minutes; annual review report",
        "Meeting minutes; budget records",
        "Leadership reports; interviews with leaders",
    ),
    "L-named": ("Job description of the responsible leader; interview",),
    "T-interview": ("Staff interviews", "Staff interviews; training records"),
}

# Generic element templates, used to fill a standard up to its element count.
#   {t} topic noun phrase   {w} staff group   {W} staff group, capitalised
#   {R} record phrase, only for category D; {be} is "are" when it joins two things with
#   "and", otherwise "is"
TEMPLATES = {
    "P": (
        "A written policy defines the hospital's approach to {t}.",
        "A written procedure sets out the steps, roles and responsibilities for {t}.",
        "Policies and procedures for {t} are based on current professional guidance "
        "and applicable laws.",
        "The hospital has an approved, current document that describes its requirements for {t}.",
        "Responsibilities for {t} are assigned in writing to named roles.",
    ),
    "T": (
        "{W} are trained in the hospital's requirements for {t}.",
        "{W} receive education on {t} at orientation and at defined intervals afterwards.",
        "Staff competence in {t} is assessed and recorded in staff files.",
        "{W} can describe their role in {t}.",
        "Training on {t} is given to new and existing {w}, and attendance is recorded.",
    ),
    "D": (
        "{R} {be} documented in the patient's medical record.",
        "{R} {be} recorded in the patient's medical record with the date, time and name "
        "of the staff member responsible.",
        "{R} {be} documented in the medical record and {be} available to all staff caring "
        "for the patient.",
        "{R} {be} recorded in the patient's medical record using the hospital's standard "
        "form or screen.",
    ),
    "M": (
        "The process is monitored and the data are used to improve {t}.",
        "Compliance with requirements for {t} is audited at defined intervals, and the "
        "findings are acted on.",
        "Data on {t} are collected, analysed and reported to the responsible committee.",
        "Measures related to {t} are part of the hospital's quality monitoring, and "
        "improvement actions are taken when needed.",
        "Problems found with {t} are analysed, and corrective actions are taken and followed up.",
    ),
    "L": (
        "Leaders review the arrangements for {t} at least annually.",
        "Leaders provide the staff, time and resources needed for {t}.",
        "A named leader is accountable for {t}.",
        "Leaders receive regular reports on {t} and act on the findings.",
        "The arrangements for {t} are reviewed by leaders at least annually and updated "
        "when needed.",
    ),
    "R": (
        "The equipment and supplies needed for {t} are available and in working order.",
        "Adequate space, equipment and supplies are provided for {t}.",
    ),
    "C": (
        "Patients and families receive information about {t} in a way they can understand.",
        "Patients and families are told what to expect from {t} and can ask questions.",
    ),
}

# How many measurable elements a standard gets before topic-specific ones are counted.
ELEMENT_COUNT_WEIGHTS = {2: 4, 3: 25, 4: 34, 5: 24, 6: 9, 7: 4}


@dataclass
class Std:
    text: str
    topic: str
    elements: tuple[str | tuple[str, str], ...]
    rec: str | None = None
    who: str | None = None
    gen: str | None = None
    sub: bool = False


def S(text: str, topic: str, *elements: str | tuple[str, str], **kw: object) -> Std:
    """A top-level standard.  Elements are "X:text" or ("X:text", "evidence")."""
    return Std(text, topic, elements, **kw)  # type: ignore[arg-type]


def SS(text: str, topic: str, *elements: str | tuple[str, str], **kw: object) -> Std:
    """A sub-standard of the preceding top-level standard (e.g. PCI.7.1)."""
    return Std(text, topic, elements, sub=True, **kw)  # type: ignore[arg-type]


@dataclass
class Chapter:
    code: str
    title: str
    tag: str
    who: str
    gen: str
    org: bool
    standards: list[Std] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# The library.  All sentences are original text written for this project.
# --------------------------------------------------------------------------------------

IPSG = Chapter(
    "IPSG",
    "International Patient Safety Goals",
    "patient-safety",
    "clinical staff",
    "PTDML",
    org=False,
    standards=[
        S(
            "Staff confirm each patient's identity with two separate identifiers before giving "
            "care, treatment or tests.",
            "patient identification",
            "P:A written policy names the two identifiers used across the hospital and excludes "
            "the patient's room or bed number as an identifier.",
            "I:Patients are identified before medications, blood or blood products are given.",
            "I:Patients are identified before specimens are collected and before procedures or "
            "treatments are carried out.",
            "I:Identification wristbands are applied on admission and checked against the request "
            "or prescription at each step.",
            gen="TM",
        ),
        S(
            "Verbal and telephone orders and test results are confirmed by the person receiving "
            "them reading them back to the person giving them.",
            "verbal and telephone communication",
            "P:A written procedure sets out when verbal and telephone orders are allowed and how "
            "they are written down and read back.",
            "I:The complete order or test result is written down by the person receiving it and "
            "read back to the person who gave it.",
            "D:The read-back confirmation is recorded in the patient's medical record with the "
            "name of the person giving the order.",
        ),
        SS(
            "The hospital defines which diagnostic results are critical and how they are reported "
            "quickly to the responsible clinician.",
            "the reporting of critical results",
            "P:A written list defines the critical values and critical findings for laboratory, "
            "imaging and other diagnostic tests.",
            "I:Critical results are reported to the responsible clinician within the time frame "
            "set by the hospital.",
            "D:The time the result was reported, the person informed and the action taken are "
            "documented.",
        ),
        SS(
            "Handover between staff, shifts and units follows a standard format so that essential "
            "patient information is not lost.",
            "clinical handover",
            "P:A standard tool or format is used for handover between shifts, between units and "
            "on transfer to another service.",
            "I:Handover includes the patient's current condition, recent changes, pending results "
            "and planned care.",
        ),
        S(
            "The hospital keeps high-alert medications under controls that reduce the risk of "
            "errors in storage, prescribing, preparation and administration.",
            "the management of high-alert medications",
            "P:A written list identifies the high-alert medications used in the hospital, "
            "including look-alike and sound-alike medications.",
            "R:High-alert medications are stored with clear warning labels and kept apart from "
            "other medications.",
            "I:An independent double check is carried out before selected high-alert medications "
            "are given.",
            gen="TML",
        ),
        SS(
            "Concentrated electrolytes are kept only in areas where they are clinically needed and "
            "are stored to prevent accidental use.",
            "the storage of concentrated electrolytes",
            "P:A written policy lists the patient care areas where concentrated electrolytes may "
            "be stocked.",
            "R:Where concentrated electrolytes are stocked, they are clearly labelled and stored "
            "in a restricted location.",
            gen="TML",
        ),
        S(
            "Before surgery and invasive procedures, the team verifies the correct patient, "
            "procedure and site using a standard checklist.",
            "pre-procedure verification",
            "I:The procedure site is marked by the person performing the procedure, with the "
            "patient involved where possible, using a mark recognised across the hospital.",
            "I:A pre-procedure checklist confirms that the correct documents, images and equipment "
            "are available and working.",
            rec="The completed pre-procedure checklist",
        ),
        SS(
            "A time-out is performed immediately before the procedure starts, with all team "
            "members taking part.",
            "the surgical time-out",
            "I:The time-out takes place in the room where the procedure will be done, just "
            "before it starts.",
            "I:The time-out confirms the patient, the procedure and the site, and every team "
            "member is able to raise concerns.",
            "I:At the end of the procedure the team confirms the procedure performed, the "
            "instrument and swab counts and the labelling of specimens.",
            "D:Completion of the time-out is documented, including the date and time.",
        ),
        S(
            "The hospital runs a hand hygiene programme based on current published guidance to "
            "reduce infections acquired during care.",
            "hand hygiene practice",
            "P:The hospital has adopted current, published hand hygiene guidance and applies it "
            "throughout the organisation.",
            "R:Alcohol-based hand rub, soap, water and disposable towels are available at the "
            "point of care.",
            (
                "M:Hand hygiene compliance is observed in every clinical area and the results are "
                "fed back to staff.",
                "Hand hygiene observation records; feedback reports",
            ),
            gen="TL",
        ),
        S(
            "Patients at risk are screened for falls, and measures are taken to reduce the chance "
            "of harm from a fall.",
            "fall prevention",
            "P:A written process defines how and when inpatients are screened for fall risk, "
            "including after a change in condition or medication.",
            "I:Outpatients are screened for fall risk when their condition, diagnosis or location "
            "suggests a risk.",
            "I:Patients found to be at risk receive prevention measures that match their risk.",
            rec="The fall-risk screening result and the prevention measures chosen",
        ),
    ],
)

ACC = Chapter(
    "ACC",
    "Access to Care and Continuity of Care",
    "continuity",
    "clinical staff",
    "PTDML",
    org=False,
    standards=[
        S(
            "Patients are accepted for inpatient or outpatient care only when the hospital can "
            "provide the services they need.",
            "patient acceptance",
            "P:A written process describes how patient needs are screened to decide whether the "
            "hospital can meet them.",
            "I:Screening uses clinical findings and, where needed, diagnostic tests before the "
            "decision to admit.",
            "I:Patients whose needs cannot be met are referred or helped to find an appropriate "
            "provider.",
            gen="TML",
        ),
        S(
            "The hospital has a process for admitting inpatients and registering outpatients that "
            "is known to the staff responsible.",
            "admission and registration",
            "C:Patients and families receive information on the proposed care, expected results "
            "and any expected cost at admission.",
            "P:A written procedure covers how patients are admitted when no bed is available on "
            "the appropriate unit.",
            gen="TML",
        ),
        SS(
            "Patients waiting for a bed in the emergency department are monitored and managed "
            "safely while they wait.",
            "the management of patients waiting for admission",
            "I:Patients held in the emergency department are reassessed at set intervals while "
            "they wait for a bed.",
            "M:Waiting times for admission from the emergency department are measured and "
            "reported.",
        ),
        S(
            "Patients with urgent or emergency needs are prioritised through a triage process.",
            "emergency triage",
            "P:A recognised triage scale is used to set priorities for patients arriving at the "
            "emergency department.",
            "T:Staff who triage patients are trained in the triage scale and its use.",
            "I:Patients with emergency needs are stabilised before transfer to another unit or "
            "facility.",
            rec="The triage category and the time of triage",
        ),
        S(
            "Admission to and discharge from intensive and specialised units follow criteria set "
            "by the hospital.",
            "admission to specialised units",
            "P:Written criteria define admission to and discharge from intensive care and other "
            "specialised units.",
            "I:Qualified staff from the unit take part in decisions to admit or discharge "
            "patients.",
            "D:The reason for admission to or discharge from a specialised unit is documented in "
            "the patient's medical record.",
        ),
        S(
            "Care is coordinated across services so that patients experience continuity throughout "
            "their stay.",
            "continuity of care",
            "I:A named individual is responsible for coordinating each patient's care during all "
            "phases of the stay.",
            "I:Information about the patient's care and response to treatment is shared among the "
            "professionals involved.",
            gen="PTML",
        ),
        S(
            "Each patient's medical record goes with the patient, or is accessible electronically, "
            "wherever the patient is treated.",
            "access to the medical record on transfer",
            "I:The patient's medical record, or an up-to-date summary, is available to staff on "
            "the receiving unit at the time of transfer.",
            gen="PTML",
        ),
        S(
            "Discharge planning begins early in the stay and involves the patient and family.",
            "discharge planning",
            "P:A written process defines how and when discharge planning begins.",
            "C:Patients and families are involved in planning the discharge and in arranging any "
            "follow-up needed.",
            rec="The discharge plan",
        ),
        SS(
            "Patients are discharged with clear follow-up instructions that they understand.",
            "discharge instructions",
            "C:Follow-up instructions are given in a form and language the patient and family can "
            "understand.",
            "I:Instructions include where to go for urgent care and when to return for follow-up.",
            rec="A copy of the follow-up instructions",
        ),
        S(
            "A discharge summary is prepared for every inpatient and shared with the practitioner "
            "responsible for further care.",
            "discharge summaries",
            "I:The discharge summary states the reason for admission, significant findings, "
            "procedures, medications and follow-up instructions.",
            "I:A copy of the discharge summary is given to the patient and, with consent, to the "
            "practitioner providing follow-up care.",
            "D:A copy of the discharge summary is kept in the patient's medical record.",
        ),
        S(
            "Outpatients with complex needs or several diagnoses have a summary profile of their "
            "care that is kept up to date.",
            "the outpatient care profile",
            "I:The outpatient profile lists significant diagnoses, allergies, current medications "
            "and past procedures.",
            rec="The outpatient profile",
        ),
        S(
            "Patients who leave against medical advice are managed according to a defined process.",
            "the management of patients who leave against advice",
            "C:Patients who choose to leave against advice are told about the medical risks of "
            "doing so.",
            "D:The discussion and the patient's decision are documented in the medical record.",
            "I:Where the patient's own physician is known, that physician is informed that the "
            "patient has left.",
        ),
        S(
            "Patients are transferred to other organisations based on their condition and the "
            "receiving organisation's ability to meet their needs.",
            "external patient transfer",
            "P:A written process defines when and how patients are transferred to another "
            "organisation.",
            "I:A receiving organisation is identified and agrees to accept the patient before "
            "transfer.",
        ),
        SS(
            "Responsibility for the patient during transfer is clearly assigned to a qualified "
            "person.",
            "patient monitoring during transfer",
            "I:A qualified staff member monitors the patient throughout transfer according to the "
            "patient's condition.",
            "R:Transport equipment and medications needed during transfer are checked before "
            "departure.",
            rec="A record of the observations made during transfer",
        ),
        S(
            "A transfer summary goes with the patient to the receiving organisation.",
            "transfer documentation",
            "I:The transfer summary includes the patient's condition, procedures done, treatment "
            "given and any continuing needs.",
            "D:The name of the receiving organisation and of the person agreeing to receive the "
            "patient are recorded.",
        ),
        S(
            "Transport arranged or provided by the hospital meets the needs of the patient and "
            "relevant laws and regulations.",
            "patient transport services",
            "R:Vehicles owned by the hospital are maintained, equipped and inspected on a defined "
            "schedule.",
            "I:Contracted transport services meet the hospital's requirements for infection "
            "control and safety.",
            gen="PTML",
        ),
        S(
            "Patients and families are told the reason for any transfer and the alternatives "
            "available.",
            "informing patients about transfer",
            "C:The patient and family are told why a transfer is needed and what alternatives "
            "exist.",
            "D:Consent to transfer, or the reason it could not be obtained, is documented.",
        ),
        S(
            "Barriers to accessing care, such as language, physical or cultural barriers, are "
            "identified and reduced.",
            "access for patients facing barriers",
            "I:The hospital identifies the most common barriers in its patient population.",
            "R:Interpreting services are available for the languages most often spoken by "
            "patients.",
            "I:Physical barriers to entering and moving around the hospital are identified and "
            "reduced.",
            gen="PTML",
        ),
        S(
            "Referrals to community and home care services are made when the patient's needs "
            "call for them.",
            "referral to community services",
            "I:Staff identify patients who need community, home care or rehabilitation services "
            "after discharge.",
            "I:The hospital maintains links with the community services most often used by its "
            "patients.",
            rec="Each referral to a community service",
        ),
        S(
            "Patients are told about delays in diagnostic tests or treatment and the reasons for "
            "them.",
            "waits and delays in care",
            "C:Patients are told the reason for any delay and the expected waiting time.",
            "D:The reason for a significant delay is documented in the patient's medical record.",
        ),
        S(
            "Observation and short-stay patients are managed using criteria that define the length "
            "and purpose of their stay.",
            "observation stays",
            "P:Written criteria define which patients may be placed under observation and for how "
            "long.",
            "I:A decision to admit, discharge or transfer is made before the maximum observation "
            "period ends.",
        ),
        S(
            "Bed occupancy and patient flow are managed to avoid overcrowding and delays across "
            "the hospital.",
            "patient flow",
            "P:The hospital has a plan for managing patient flow, including at times of high "
            "demand.",
            "M:Data on bed occupancy, emergency department boarding and discharge times are "
            "monitored.",
            "L:Leaders act on patient flow data to reduce overcrowding.",
            gen="TL",
        ),
    ],
)

PCC = Chapter(
    "PCC",
    "Patient-Centered Care",
    "patient-rights",
    "staff",
    "PTML",
    org=False,
    standards=[
        S(
            "The hospital respects patients' rights and makes them known to patients, families and "
            "staff.",
            "patient and family rights",
            "P:A written statement of patient rights and responsibilities is approved by leaders.",
            "C:The statement of rights is displayed or given to patients in the languages they "
            "commonly speak.",
            "T:Staff can explain patients' rights and how these apply to their own work.",
        ),
        S(
            "Care is given in a way that respects each patient's personal values, beliefs and "
            "cultural background.",
            "respect for personal values and beliefs",
            "I:Staff ask patients about values and beliefs that may affect their care.",
            "I:Patients can ask for spiritual or religious support, and the hospital helps to "
            "arrange it.",
        ),
        S(
            "Patients' privacy is protected during examinations, procedures, treatment and "
            "transport.",
            "patient privacy",
            "I:Patients are asked about their wishes for privacy, and those wishes are respected.",
            "R:Curtains, screens or private rooms are available for examinations and personal "
            "care.",
        ),
        S(
            "Patient information is shared only with those who need it for care or who are "
            "permitted by law or by the patient to see it.",
            "patient confidentiality",
            "I:Patient information is not discussed in public areas or left where others can "
            "see it.",
            "C:Patients are told how their information will be kept confidential and when it may "
            "be shared.",
        ),
        S(
            "Patients' property is protected from loss or theft when the hospital takes "
            "responsibility for it.",
            "the safekeeping of patients' belongings",
            "P:A written process defines when the hospital takes responsibility for patients' "
            "belongings.",
            (
                "I:Belongings handed to the hospital are listed, and the list is signed by the "
                "patient or family.",
                "Property lists; patient interviews",
            ),
            gen="TM",
        ),
        S(
            "Patients are protected from physical assault, and vulnerable patients receive "
            "additional protection.",
            "the protection of vulnerable patients",
            "I:The hospital identifies groups of patients at higher risk of harm, such as "
            "children, older adults and people with disabilities.",
            "I:Access to areas such as the neonatal and paediatric units is controlled.",
            "R:Security measures, such as monitoring of isolated or remote areas, are in place.",
        ),
        S(
            "Patients and families are involved in decisions about care to the extent they wish.",
            "shared decision-making",
            "C:Patients are told about their condition, the proposed treatment and the options "
            "available, in words they understand.",
            "I:Patients choose, where they wish, who else may be involved in decisions about their "
            "care.",
        ),
        S(
            "Patients are informed of their right to refuse or stop treatment and of the "
            "consequences of doing so.",
            "refusal or discontinuation of treatment",
            "C:Patients who refuse or stop treatment are told about the likely consequences and "
            "the alternatives.",
            "D:A refusal of treatment and the information given are documented in the medical "
            "record.",
        ),
        S(
            "The hospital respects patients' wishes about resuscitation and life-sustaining "
            "treatment within the law.",
            "decisions about resuscitation",
            "P:A written policy sets out how decisions to withhold resuscitation or withdraw "
            "life-sustaining treatment are made.",
            "D:Decisions about resuscitation status are documented and visible to all staff "
            "caring for the patient.",
        ),
        S(
            "Patients are supported in their right to have pain recognised and relieved.",
            "pain relief for patients",
            "C:Patients are told that pain may result from treatment and about the options for "
            "relief.",
            "I:Staff respond promptly when a patient reports pain.",
        ),
        S(
            "Patients at the end of life receive care that respects their comfort, dignity and "
            "wishes.",
            "end-of-life care",
            "I:Symptoms such as pain, nausea and breathlessness are managed at the end of life.",
            "C:Patients and families are supported in their psychological, spiritual and cultural "
            "needs.",
            "I:Families are able to be present and are involved in care as they and the patient "
            "wish.",
        ),
        S(
            "Patients and families have a clear way to raise complaints and receive a timely "
            "response.",
            "the handling of complaints",
            "P:A written process describes how complaints are received, investigated and resolved.",
            "C:Patients are told how to make a complaint and that doing so will not affect their "
            "care.",
            (
                "M:Complaints are tracked, trends are analysed and the findings are used to "
                "improve services.",
                "Complaint log; trend reports; action plans",
            ),
        ),
        S(
            "Patients are informed about their rights at admission in a way they can understand.",
            "informing patients of their rights at admission",
            "C:Written information about rights and responsibilities is given to each patient at "
            "admission or first visit.",
            "I:When written information is not suitable, rights are explained verbally or through "
            "an interpreter.",
        ),
        S(
            "General consent for treatment is obtained at admission, and its scope is explained to "
            "the patient.",
            "general consent",
            "P:A written process defines the scope of general consent and how it is obtained.",
            "D:The patient's general consent is documented in the medical record.",
            "C:Patients are told which tests and treatments are covered by general consent and "
            "which need separate consent.",
        ),
        S(
            "Informed consent is obtained before surgery, anaesthesia, blood transfusion and other "
            "high-risk procedures.",
            "informed consent",
            "P:A written list identifies the procedures and treatments that require separate "
            "informed consent.",
            "I:The practitioner performing the procedure explains it, with its risks, benefits and "
            "alternatives, before consent is given.",
            "D:Informed consent is documented with the signature of the patient or legal "
            "representative and the date.",
        ),
        SS(
            "Consent is obtained from a legally authorised person when the patient cannot give "
            "consent.",
            "consent by a legal representative",
            "P:A written process sets out who may give consent for patients who lack capacity, "
            "including minors.",
            "D:The name of the person giving consent and their relationship to the patient are "
            "recorded.",
        ),
        S(
            "Patients and the public receive information about the hospital's services, how to "
            "reach them and what they cost.",
            "informing patients about services and costs",
            "C:Information about available services and how to access them is provided to the "
            "public.",
            "C:Patients are told about the expected costs of care before treatment where possible.",
        ),
        S(
            "Patients receive education that helps them take part in their care and decisions.",
            "patient and family education",
            "I:Each patient's learning needs, preferences and readiness to learn are assessed.",
            "D:Education given to the patient and family is recorded in the medical record.",
            "C:Education uses methods suited to the patient's language, literacy and culture.",
        ),
        SS(
            "Patients who need it are taught about the safe use of medications, diet and medical "
            "equipment.",
            "teaching patients about medications, diet and equipment",
            "C:Patients receive information on their medications, possible side effects and "
            "interactions with food.",
            "C:Patients who will use medical equipment at home are shown how to use it safely.",
            rec="The education given on medications, diet or equipment",
            gen="TDM",
        ),
        S(
            "Staff who educate patients have the knowledge, time and materials needed to do so.",
            "patient education materials and resources",
            "R:Patient education materials are available and reviewed for accuracy.",
            "T:Staff who educate patients are trained in communication and teaching skills.",
        ),
        S(
            "Patients are protected from restraint that is not clinically justified.",
            "the use of restraint",
            "P:A written policy limits restraint to situations where other measures have failed "
            "and sets the conditions for its use.",
            "I:Patients who are restrained are observed and reassessed at set intervals.",
            "D:The reason for restraint, the type used and its duration are documented.",
        ),
        S(
            "Patients have access to interpreters or other communication support when needed.",
            "communication support for patients",
            "R:Professional interpreters or approved alternatives are available at all times.",
            "I:Family members are not used as interpreters for consent or sensitive discussions "
            "unless the patient chooses this.",
        ),
        S(
            "Organ and tissue donation is supported in a way that respects the wishes of patients "
            "and families.",
            "organ and tissue donation",
            "P:A written process governs requests for organ and tissue donation in line with the "
            "law and local beliefs.",
            "C:Patients and families are given information about donation and are supported in "
            "their decision.",
        ),
        S(
            "Patients are free to seek a second opinion without any effect on their care.",
            "second opinions",
            "C:Patients are told that they may seek a second opinion.",
            "I:The hospital supports access to medical records when a patient seeks a second "
            "opinion.",
            gen="P",
        ),
        S(
            "Patients are told about unanticipated outcomes of care, including adverse events.",
            "the disclosure of unanticipated outcomes",
            "P:A written process defines who discloses unanticipated outcomes to patients and how.",
            "D:The disclosure and the patient's response are documented in the medical record.",
        ),
    ],
)

AOP = Chapter(
    "AOP",
    "Assessment of Patients",
    "assessment",
    "clinical staff",
    "PTDML",
    org=False,
    standards=[
        S(
            "The hospital defines the content of initial assessments for each type of patient and "
            "care setting.",
            "the content of initial assessments",
            "P:A written policy defines the minimum content of medical and nursing assessments "
            "for inpatients and outpatients.",
            "P:The scope of assessment that each discipline may perform is defined in line with "
            "law and licensure.",
            gen="TML",
        ),
        S(
            "Each patient's initial assessment includes a history, a physical examination and an "
            "evaluation of psychological, social and economic factors.",
            "initial assessment",
            "I:The initial assessment includes the health history and a physical examination.",
            "I:Psychological, social and economic factors that may affect care are considered.",
            "I:The assessment leads to a working diagnosis and an initial care plan.",
            rec="The initial assessment",
        ),
        SS(
            "Initial medical and nursing assessments are completed within twenty-four hours of "
            "admission, or sooner when the patient's condition requires.",
            "the timeliness of initial assessments",
            "I:The initial medical assessment is completed within twenty-four hours of admission "
            "or earlier as the patient's condition requires.",
            "I:The initial nursing assessment is completed within twenty-four hours of admission "
            "or earlier as the patient's condition requires.",
            gen="ML",
        ),
        SS(
            "The initial medical assessment of surgical patients is recorded before surgery.",
            "pre-operative medical assessment",
            "I:Patients undergoing surgery have their medical assessment, diagnosis and plan "
            "recorded before the operation.",
            "I:An assessment carried out in a practitioner's office within thirty days before "
            "admission is reviewed and updated on admission.",
        ),
        S(
            "Patients are screened for nutritional risk and referred for further assessment when "
            "needed.",
            "nutrition screening",
            "P:Screening criteria identify patients who need a full nutritional assessment.",
            "I:Patients identified as at risk are referred to a dietitian or other qualified "
            "person.",
            rec="The result of nutrition screening",
        ),
        S(
            "Patients are screened for functional needs and referred for rehabilitation "
            "assessment when needed.",
            "functional screening",
            "I:Patients with functional limitations are referred to physiotherapy, occupational "
            "therapy or other rehabilitation services.",
            rec="The functional screening result",
        ),
        S(
            "Patients are screened for pain and, when pain is present, receive a fuller pain "
            "assessment.",
            "pain assessment",
            "P:Validated pain scales suited to the patient's age and ability to communicate are "
            "used.",
            "I:Pain is reassessed after each intervention and at intervals set by the hospital.",
            rec="The pain score and the scale used",
        ),
        S(
            "Patients with special needs, such as frail older adults, children, pregnant women and "
            "people with substance use disorders, receive an assessment adapted to those needs.",
            "assessments adapted to special populations",
            "P:The hospital identifies the special populations it serves and the additional "
            "assessment each one requires.",
            "I:The assessment of these patients is modified to reflect their particular needs.",
        ),
        S(
            "Dying patients and their families receive an assessment of their physical, emotional "
            "and spiritual needs.",
            "assessment at the end of life",
            "I:The assessment covers symptoms, comfort needs and the wishes of the patient and "
            "family.",
            rec="The end-of-life assessment",
        ),
        S(
            "The initial assessment identifies patients who need discharge planning early in "
            "their stay.",
            "the early identification of discharge needs",
            "P:Criteria identify patients for whom discharge planning is critical.",
            "I:Discharge needs identified during assessment are acted on in the plan of care.",
        ),
        S(
            "Patients are reassessed at intervals based on their condition, treatment and care "
            "plan.",
            "patient reassessment",
            "I:Physicians reassess inpatients at least daily, including at weekends.",
            "I:Patients are reassessed when their condition changes significantly.",
            rec="Each reassessment",
        ),
        S(
            "Qualified individuals bring together the results of assessments to decide the "
            "patient's care priorities.",
            "the integration of assessment findings",
            "I:Assessment findings from medicine, nursing and other disciplines are shared and "
            "used together.",
            "I:Care priorities are agreed and recorded after assessment data are reviewed.",
        ),
        S(
            "Patients are screened for risk of suicide and self-harm in the settings the hospital "
            "defines.",
            "suicide risk screening",
            "P:The hospital defines the settings and patient groups screened for suicide and "
            "self-harm risk.",
            "I:Patients found to be at risk are placed under observation and referred for "
            "specialist assessment.",
            rec="The suicide risk screening result",
        ),
        S(
            "Patients are assessed for risk of pressure injury, and preventive measures are "
            "planned.",
            "pressure injury risk assessment",
            "I:A validated tool is used to assess pressure injury risk on admission and at set "
            "intervals.",
            "I:Patients at risk receive preventive measures such as repositioning and "
            "pressure-relieving surfaces.",
            rec="The pressure injury risk score",
        ),
        S(
            "Patients are assessed for risk of venous thromboembolism and receive prophylaxis "
            "when it is indicated.",
            "thromboembolism risk assessment",
            "I:The risk of venous thromboembolism is assessed on admission using an approved tool.",
            "I:Prophylaxis is prescribed according to the assessed risk unless a contraindication "
            "is recorded.",
            rec="The thromboembolism risk score",
        ),
        S(
            "Laboratory services meet the needs of patients and are available around the clock, "
            "including for emergencies.",
            "the availability of laboratory services",
            "I:Laboratory services are available twenty-four hours a day, directly or through an "
            "arrangement with another provider.",
            "I:Outside laboratories used by the hospital are selected and monitored for quality.",
            gen="PML",
            who="laboratory staff",
        ),
        S(
            "A qualified person is responsible for managing the laboratory service.",
            "laboratory leadership",
            "I:The laboratory is directed by a person with the qualifications required by law.",
            "L:The laboratory director's responsibilities include policies, quality control and "
            "oversight of staff.",
            "I:The director is responsible for all laboratory testing in the hospital, including "
            "point-of-care tests done on the wards.",
            gen="",
        ),
        S(
            "Laboratory staff have the education, training and experience needed for the tests "
            "they perform.",
            "laboratory staff competence",
            "I:Only authorised staff perform and report tests.",
            "T:Laboratory staff receive orientation and regular competency assessment for the "
            "tests they perform.",
            gen="PML",
            who="laboratory staff",
        ),
        S(
            "The laboratory runs a safety programme that addresses chemical, biological and "
            "physical hazards.",
            "laboratory safety",
            "P:A written laboratory safety programme covers the handling and disposal of "
            "infectious and hazardous materials.",
            "R:Eyewash stations, spill kits and protective equipment are available in the "
            "laboratory.",
            "T:Laboratory staff are trained in safety procedures and in managing spills and "
            "exposures.",
            gen="ML",
            who="laboratory staff",
        ),
        S(
            "Laboratory results are reported within time frames set by the hospital.",
            "the turnaround of laboratory results",
            "P:The hospital sets expected reporting times for routine and urgent tests.",
            "M:Turnaround times are measured and delays are investigated.",
            gen="L",
        ),
        S(
            "Laboratory equipment is inspected, maintained and calibrated, and records are kept.",
            "laboratory equipment management",
            "I:An inventory of laboratory equipment is maintained, and equipment is inspected and "
            "calibrated on a schedule.",
            "R:Records of inspection, testing, calibration and repair are kept for each item.",
            gen="PTML",
            who="laboratory staff",
        ),
        S(
            "Reagents and other essential supplies are available and are checked for accuracy.",
            "laboratory reagents and supplies",
            "R:Essential reagents and supplies are regularly available and stored according to "
            "the manufacturer's instructions.",
            "I:Reagents are labelled with their contents, strength, expiry date and storage "
            "requirements.",
            gen="PTML",
            who="laboratory staff",
        ),
        S(
            "Specimens are collected, labelled, transported and disposed of according to written "
            "procedures.",
            "specimen handling",
            "P:Written procedures cover specimen collection, labelling, transport, receipt and "
            "disposal.",
            "I:Specimens are tracked from collection to reporting, and unlabelled specimens are "
            "rejected.",
            gen="TML",
            who="staff who collect specimens",
        ),
        S(
            "The laboratory has quality control procedures and takes part in external quality "
            "assessment.",
            "laboratory quality control",
            "I:Internal quality control is run for each test, and results are reviewed before "
            "patient results are released.",
            (
                "I:The laboratory takes part in an external proficiency testing scheme for the "
                "tests it offers.",
                "Proficiency testing reports; certificates",
            ),
            "M:Failed quality control and proficiency results lead to documented corrective "
            "action.",
            gen="PTL",
        ),
        S(
            "Blood bank and transfusion services follow laws, regulations and recognised practice "
            "standards.",
            "blood bank and transfusion services",
            "P:Written procedures govern donor selection, blood testing, storage, issue and "
            "crossmatching.",
            "I:Transfusion reactions are recognised, reported and investigated.",
            gen="TML",
            who="blood bank staff",
        ),
        S(
            "Radiology and diagnostic imaging services meet patient needs, including outside "
            "normal working hours.",
            "the availability of imaging services",
            "I:Imaging services needed for emergencies are available around the clock.",
            "I:Outside imaging providers are selected and the quality of their results is "
            "monitored.",
            gen="PML",
        ),
        S(
            "A qualified person is responsible for managing radiology and diagnostic imaging "
            "services.",
            "imaging service leadership",
            "I:The imaging service is directed by a person with the qualifications required by "
            "law.",
            "L:The director's written responsibilities include imaging policies, radiation "
            "safety and quality control.",
            gen="",
        ),
        S(
            "The radiology service has a radiation safety programme that protects patients, staff "
            "and visitors.",
            "radiation safety",
            "P:A written radiation safety programme covers shielding, dose monitoring and the safe "
            "handling of radioactive materials.",
            "R:Protective devices such as lead aprons and thyroid shields are available and "
            "checked.",
            (
                "I:Staff exposed to radiation wear dosimeters, and their doses are monitored.",
                "Dosimetry reports; staff interviews",
            ),
            gen="TML",
            who="imaging staff",
        ),
        SS(
            "Patients' radiation doses from imaging are kept as low as reasonably achievable.",
            "patient radiation dose",
            "I:Imaging protocols use the lowest dose that gives an image of diagnostic quality.",
            "C:Patients are asked about possible pregnancy before exposure, where relevant.",
            gen="TML",
            who="imaging staff",
        ),
        S(
            "Imaging staff have the qualifications and competence for the examinations they "
            "perform and interpret.",
            "imaging staff competence",
            "I:Only qualified practitioners interpret images and report results.",
            "T:The competence of each radiographer is assessed at orientation and annually.",
            "T:Imaging staff are trained on new equipment before they use it with patients.",
            gen="L",
        ),
        S(
            "Imaging results are reported within time frames set by the hospital.",
            "imaging report turnaround",
            "P:Expected reporting times are defined for routine and urgent studies.",
            "M:Reporting times are measured and the data are used to reduce delays.",
            gen="L",
        ),
        S(
            "Imaging equipment is inspected, maintained and calibrated, and the records are kept.",
            "imaging equipment management",
            "I:All imaging equipment is inspected, tested and calibrated on a schedule set by the "
            "hospital and the manufacturer.",
            "R:Records of maintenance, calibration and repair are kept for each item of imaging "
            "equipment.",
            gen="PTML",
            who="imaging staff",
        ),
        S(
            "Imaging services carry out quality control and check the accuracy of interpretations.",
            "imaging quality control",
            "I:Image quality is checked and repeat examinations are tracked.",
            "M:A sample of reports is peer reviewed for accuracy.",
            gen="PTL",
            who="imaging staff",
        ),
    ],
)

COP = Chapter(
    "COP",
    "Care of Patients",
    "patient-care",
    "clinical staff",
    "PTDML",
    org=False,
    standards=[
        S(
            "Patients with similar needs receive the same standard of care wherever and whenever "
            "they are treated in the hospital.",
            "the uniformity of care",
            "I:Access to care and treatment does not depend on the patient's ability to pay or "
            "source of payment.",
            "I:The same level of care is provided at all times of day and on all days of the week.",
            gen="PML",
        ),
        S(
            "Care for each patient is planned, written in the medical record and updated as the "
            "patient's condition changes.",
            "care planning",
            "I:The plan of care includes measurable goals, agreed with the patient where possible.",
            "I:The plan is reviewed and updated when the patient's needs change.",
            rec="The plan of care",
        ),
        SS(
            "Care is coordinated among the physicians, nurses and other professionals involved "
            "with the patient.",
            "interdisciplinary care coordination",
            "I:Professionals involved in the patient's care meet or communicate to agree goals "
            "and actions.",
            "D:Interdisciplinary progress notes are entered in a shared medical record.",
        ),
        S(
            "Orders for tests, treatments and procedures are written by qualified persons in a "
            "consistent way.",
            "the writing of clinical orders",
            "P:A written policy defines who may write orders and where they are recorded.",
            "I:Orders are complete, dated, timed and signed, and are kept in a single location in "
            "the medical record.",
        ),
        S(
            "Procedures performed are recorded in the patient's medical record.",
            "the recording of procedures",
            "I:The hospital lists the procedures that must be recorded and the way they are "
            "recorded.",
            "D:The name of the procedure, its findings and the practitioner performing it are "
            "recorded.",
        ),
        S(
            "Clinical guidelines and pathways are used to guide care and reduce unwanted "
            "variation.",
            "clinical guidelines and pathways",
            "I:Leaders select guidelines and pathways relevant to the hospital's patients each "
            "year.",
            "I:Guidelines are adapted to local resources and approved before use.",
            gen="PTML",
        ),
        S(
            "Care of high-risk patients and delivery of high-risk services follow written "
            "guidance.",
            "high-risk patients and services",
            "P:The hospital identifies its high-risk patients and services, such as dialysis, "
            "emergency care and resuscitation.",
            "I:Written guidance is developed for each identified high-risk group or service.",
        ),
        S(
            "Staff recognise and respond to changes in a patient's condition that show the patient "
            "is getting worse.",
            "the recognition of clinical deterioration",
            "P:Written criteria based on vital signs and clinical findings define when staff call "
            "for help.",
            "I:Staff call a rapid response or medical emergency team when the criteria are met.",
            "T:Staff are trained in using the early warning criteria.",
            rec="The early warning score and any escalation made",
        ),
        S(
            "Resuscitation services are available throughout the hospital at all times.",
            "resuscitation services",
            "I:A resuscitation team can reach any location in the hospital within the time set "
            "by the hospital.",
            (
                "R:Resuscitation equipment and medications are standardised, checked and ready for "
                "use.",
                "Resuscitation trolley checklists; observation",
            ),
            "T:Staff are trained in basic life support, and designated staff in advanced life "
            "support.",
        ),
        S(
            "Blood and blood products are given according to written procedures.",
            "blood transfusion",
            "P:Written procedures cover consent, product checking, administration and patient "
            "monitoring.",
            "I:Two qualified staff check the blood product against the patient's identity before "
            "it is given.",
            "D:Vital signs before, during and after transfusion are recorded.",
        ),
        S(
            "Patients receiving dialysis are cared for according to written procedures.",
            "dialysis care",
            "I:Dialysis water quality and equipment are tested at set intervals.",
            rec="Details of each dialysis session and the patient's response",
        ),
        S(
            "Children and adolescents receive care suited to their age, development and family "
            "needs.",
            "paediatric care",
            "I:Paediatric patients receive care in areas suited to their age.",
            "I:Doses of medications and fluids are calculated from the child's weight.",
            "C:Parents or guardians are involved in decisions about the child's care.",
        ),
        S(
            "Older patients receive care that takes account of frailty, cognition and the risk of "
            "delirium.",
            "the care of older patients",
            "I:Older patients are screened for delirium and cognitive impairment.",
            "I:Care plans address mobility, continence and nutrition in frail patients.",
        ),
        S(
            "Obstetric patients receive care according to written procedures for pregnancy, "
            "labour and the postnatal period.",
            "obstetric care",
            "I:Fetal and maternal status are monitored during labour according to written "
            "guidance.",
            "I:Staff follow written procedures for obstetric emergencies such as haemorrhage and "
            "eclampsia.",
            (
                "T:Obstetric staff take part in regular emergency drills.",
                "Drill records; debriefing notes",
            ),
        ),
        S(
            "Food and nutrition suited to the patient's condition and care are regularly "
            "available.",
            "food services",
            "I:Food is prepared, stored and distributed safely and in line with laws and good "
            "practice.",
            "I:Patients' diets are ordered according to their nutritional status and needs.",
            "C:Families who provide food are told about the patient's dietary restrictions.",
            gen="PTML",
        ),
        S(
            "Patients at nutritional risk receive nutrition therapy.",
            "nutrition therapy",
            "I:A multidisciplinary plan is developed for patients needing nutrition therapy.",
            "I:Patients receiving enteral or parenteral nutrition are monitored according to a "
            "protocol.",
            rec="The nutrition therapy given and the patient's response",
        ),
        S(
            "Patients are helped to manage pain effectively.",
            "pain management",
            "P:Written procedures guide the management of acute and chronic pain.",
            "I:Pain relief is given according to the plan, and its effect is checked.",
            rec="The pain management plan and its effect",
        ),
        S(
            "Patients at risk of pressure injury receive preventive care and treatment.",
            "pressure injury prevention",
            "I:Patients at risk are repositioned at the intervals set in the care plan.",
            "M:The rate of hospital-acquired pressure injuries is measured and reported.",
            rec="Repositioning times and skin inspection findings",
        ),
        S(
            "Patients with wounds receive care based on assessment and a written wound care plan.",
            "wound care",
            "I:Wounds are measured and described at each dressing change according to the wound "
            "plan.",
            "I:Complex wounds are referred to a wound care specialist.",
            rec="The wound assessment at each dressing change",
        ),
        S(
            "Patients receiving chemotherapy are treated according to written protocols.",
            "chemotherapy care",
            "I:Chemotherapy regimens follow approved protocols, and doses are checked against the "
            "protocol before administration.",
            "I:Patients are monitored for side effects during and after treatment.",
            rec="The chemotherapy dose calculation and check",
        ),
        S(
            "Patients receiving rehabilitation have goals set with them and their progress "
            "measured.",
            "rehabilitation services",
            "I:Rehabilitation goals are agreed with the patient and reviewed at set intervals.",
            "D:Progress towards rehabilitation goals is documented.",
        ),
        S(
            "Patients with mental health needs receive care from staff trained to support them.",
            "mental health care",
            "I:Patients with acute mental health needs are placed in a safe environment, free of "
            "ligature points where possible.",
        ),
        S(
            "Patients in the emergency department receive care based on written procedures for "
            "common emergencies.",
            "emergency department care",
            "I:Emergencies such as stroke, sepsis and chest pain follow time-based pathways.",
            "M:Door-to-treatment times for selected emergencies are measured.",
        ),
        S(
            "Palliative care is available to patients with serious illness.",
            "palliative care services",
            "I:Patients with serious illness are referred to palliative care when they meet "
            "agreed criteria.",
            "I:Palliative care plans address pain, other symptoms and psychosocial needs.",
        ),
        S(
            "Critically ill patients receive care from staff, and with equipment, suited to their "
            "needs.",
            "intensive care services",
            "R:Intensive care units have staffing levels and equipment set according to patient "
            "acuity.",
            "I:A qualified physician is available to the intensive care unit at all times.",
        ),
        S(
            "Patients with sepsis are identified early and treated according to a time-based "
            "protocol.",
            "sepsis management",
            "I:Screening criteria for sepsis are used in the emergency department and inpatient "
            "units.",
            "I:Antibiotics and fluids are given within the time set by the protocol.",
            "M:Compliance with the sepsis protocol is audited.",
        ),
        S(
            "Inpatients with diabetes have their blood glucose monitored and managed to agreed "
            "targets.",
            "inpatient glucose management",
            "I:Blood glucose is monitored at intervals set in the care plan.",
            "I:Hypoglycaemia is treated according to a written protocol.",
            rec="Blood glucose results and any actions taken",
        ),
        S(
            "Patients receiving oxygen therapy are assessed and monitored according to written "
            "guidance.",
            "oxygen therapy",
            "I:Oxygen is prescribed with a target saturation range.",
            "R:Oxygen delivery devices and supplies are available and checked.",
        ),
    ],
)

ASC = Chapter(
    "ASC",
    "Anesthesia and Surgical Care",
    "surgery",
    "anaesthesia and surgical staff",
    "PTDML",
    org=False,
    standards=[
        S(
            "Anaesthesia services, including moderate and deep sedation, meet patient needs and "
            "are available in emergencies.",
            "the availability of anaesthesia services",
            "I:Anaesthesia services are available at all times for emergencies.",
            "I:Outside anaesthesia providers are selected and monitored by a qualified leader.",
            gen="PML",
        ),
        S(
            "A qualified person directs the anaesthesia and sedation services.",
            "anaesthesia service leadership",
            "L:The director's responsibilities include policies, quality monitoring and "
            "recommending anaesthesia staff.",
            "I:The director is qualified by education, training and experience in anaesthesia.",
            "I:The director takes part in choosing anaesthesia equipment and checks that it is "
            "maintained.",
            gen="",
        ),
        S(
            "Procedural sedation is given in a consistent way throughout the hospital.",
            "procedural sedation",
            "P:A written policy defines where sedation may be given and the equipment that must "
            "be present.",
            "T:Staff who give sedation are trained in airway management and rescue.",
        ),
        SS(
            "Patients receiving sedation are assessed before the procedure and monitored during "
            "and after it.",
            "monitoring during sedation",
            "I:A pre-sedation assessment identifies airway and other risks.",
            "I:Patients are discharged from recovery using written criteria.",
            rec="Vital signs and the level of sedation during the procedure",
        ),
        S(
            "Each patient receiving anaesthesia has a pre-anaesthesia and a pre-induction "
            "assessment.",
            "pre-anaesthesia assessment",
            "I:A pre-anaesthesia assessment is done before admission or before surgery.",
            "I:A separate pre-induction assessment is done immediately before induction.",
            rec="The pre-anaesthesia assessment",
        ),
        S(
            "The anaesthesia plan is recorded, and its risks and alternatives are discussed with "
            "the patient.",
            "anaesthesia planning",
            "C:The patient and family are told about the risks, benefits and alternatives of "
            "anaesthesia.",
            "D:Consent for anaesthesia is recorded in the medical record.",
            rec="The planned anaesthesia technique",
        ),
        S(
            "Each patient's physiological status is monitored continuously during anaesthesia.",
            "intra-operative monitoring",
            "P:A written policy defines the minimum monitoring during anaesthesia.",
            ("D:Monitoring results are recorded in the anaesthesia record.", "Anaesthesia records"),
        ),
        S(
            "Patients are monitored during recovery and discharged from recovery by a qualified "
            "person or against written criteria.",
            "post-anaesthesia recovery",
            "I:Patients are monitored during recovery according to written procedures.",
            "I:Discharge from the recovery area is decided by a qualified individual or by "
            "written criteria.",
            rec="The times of arrival in and discharge from recovery",
        ),
        S(
            "Each patient's surgical care is planned and documented based on assessment.",
            "surgical planning",
            "I:The surgical plan is based on assessment findings and is recorded before surgery.",
            rec="The pre-operative diagnosis and planned procedure",
        ),
        S(
            "The risks, benefits and alternatives of the planned surgery are discussed with the "
            "patient.",
            "informing patients before surgery",
            "C:The discussion includes the risks, benefits, possible complications and "
            "alternatives, including not having surgery.",
            "C:The possible need for blood products is discussed when relevant.",
            rec="A note of the discussion",
        ),
        S(
            "An operative report or brief note is written before the patient leaves the recovery "
            "area.",
            "the completion of operative reports",
            "I:The report includes the procedure performed, findings, specimens, estimated blood "
            "loss and the names of the surgeon and assistants.",
            "I:The report is available before the patient leaves the recovery area.",
            rec="The operative report",
        ),
        S(
            "A post-operative care plan is documented and carried out.",
            "post-operative care",
            "I:The post-operative plan covers medical, nursing and other needs.",
            "I:The plan is written by the responsible surgeon or a delegated qualified person.",
            rec="The post-operative care plan",
        ),
        S(
            "Implantable medical devices are selected, tracked and, if recalled, followed up.",
            "the tracking of implantable devices",
            "P:A written process covers the selection and tracking of implantable devices.",
            "D:The type, lot number and manufacturer of each implanted device are recorded.",
            "I:When a device is recalled, affected patients are identified and contacted.",
        ),
        S(
            "Operating theatres are maintained to control infection risk, including air handling "
            "and cleaning between cases.",
            "the operating theatre environment",
            (
                "R:Air changes, pressure, temperature and humidity in the theatres are monitored.",
                "Ventilation logs; engineering reports",
            ),
            "I:Theatres are cleaned between cases and at the end of each day according to a "
            "schedule.",
            gen="PTML",
        ),
        S(
            "Surgical instruments and swabs are counted to prevent retained items.",
            "the surgical count process",
            "P:A written procedure defines when and how counts are performed.",
            "D:Counts and any discrepancies are recorded in the operative record.",
        ),
        S(
            "The quality and safety of surgical and anaesthesia services are monitored, and the "
            "results are used to improve.",
            "surgical quality monitoring",
            "M:Surgical site infections, unplanned returns to theatre and anaesthesia "
            "complications are monitored.",
            "L:Results are reviewed with surgeons and anaesthetists and used in professional "
            "practice evaluations.",
            gen="P",
        ),
    ],
)

MMU = Chapter(
    "MMU",
    "Medication Management and Use",
    "medication",
    "staff who handle medications",
    "PTDML",
    org=False,
    standards=[
        S(
            "Medication use in the hospital is organised to meet patient needs and comply with "
            "laws and regulations.",
            "the organisation of medication management",
            "P:A written plan describes how medications are selected, procured, stored, "
            "prescribed, dispensed, given and monitored.",
            "L:A qualified pharmacist or other licensed professional supervises the pharmacy "
            "service.",
            gen="TM",
        ),
        S(
            "The hospital keeps a formulary of medications that it stocks or can obtain.",
            "the hospital formulary",
            "P:A written process governs adding medications to and removing them from the "
            "formulary.",
            "I:The formulary is reviewed at least annually using safety and effectiveness data.",
            "I:A process is in place for obtaining medications that are not on the formulary.",
            gen="ML",
        ),
        S(
            "Medications are stored safely and securely, under conditions that keep them stable.",
            "medication storage",
            (
                "R:Medications are stored at the correct temperature, and refrigerator "
                "temperatures are recorded.",
                "Temperature logs; observation of storage areas",
            ),
            "I:Controlled substances are stored securely and accounted for according to law.",
            "I:All medication storage areas are inspected at regular intervals.",
            gen="PTML",
        ),
        SS(
            "Emergency medications are available, monitored and secured in patient care areas.",
            "emergency medication supplies",
            "R:Emergency medications are available in the areas where they will be needed.",
            "I:Emergency medications are replaced promptly after use or when expired.",
            gen="PTML",
        ),
        SS(
            "Expired, damaged or recalled medications are removed from use and disposed of safely.",
            "medication recall and disposal",
            "P:A written process defines how recalled or expired medications are identified and "
            "removed.",
            "I:Hazardous medication waste is disposed of according to law and hospital policy.",
            gen="TML",
        ),
        S(
            "Prescribing and ordering of medications follow written rules.",
            "the prescribing and ordering of medications",
            "P:A written policy defines the elements of a complete medication order.",
            "I:As-needed, range and titration orders state the conditions for their use.",
            "I:Only authorised individuals prescribe medications.",
        ),
        SS(
            "Medications prescribed and given are recorded in the patient's medical record.",
            "medication documentation",
            "I:A single list of each patient's medications is kept in the medical record.",
            rec="Each dose given",
        ),
        S(
            "Medications are prepared and dispensed in a clean and safe environment.",
            "medication preparation",
            "R:Sterile preparations are compounded in a clean area using laminar airflow where "
            "required.",
            "T:Staff who compound sterile products are trained in aseptic technique.",
            gen="PML",
        ),
        SS(
            "A pharmacist reviews each medication order for appropriateness before it is "
            "dispensed.",
            "pharmacist review of prescriptions",
            "I:The review checks dose, frequency, route, duplication, allergies, interactions "
            "and the patient's weight where relevant.",
            "I:When no pharmacist is present, a trained individual reviews orders and a "
            "pharmacist reviews them afterwards.",
            gen="PTML",
        ),
        S(
            "Medications are dispensed in the most ready-to-administer form available.",
            "medication dispensing",
            "I:Medications are labelled with the name, dose, route, expiry date and patient name.",
            "I:Dispensing is done in a uniform way across the hospital.",
            gen="PTML",
        ),
        S(
            "Only qualified and authorised staff administer medications.",
            "medication administration",
            "P:The hospital lists the staff allowed to administer medications.",
            "I:Before administration, the medication is checked against the order for the right "
            "patient, medication, dose, route and time.",
        ),
        SS(
            "Patients' own medications and self-administered medications are managed under "
            "written procedures.",
            "the management of patients' own medications",
            "P:A written policy governs when patients may bring in or take their own medications.",
            "D:Self-administered medications are recorded in the medical record.",
        ),
        S(
            "Patients are monitored for the effects of their medications, including adverse "
            "effects.",
            "the monitoring of medication effects",
            "I:Patients' responses to medications are monitored, including adverse effects.",
            "I:Adverse drug reactions are reported within the time set by the hospital.",
            rec="The patient's response to each new medication",
        ),
        S(
            "Medication errors and near misses are reported and analysed.",
            "the reporting of medication errors",
            "P:A written process defines how medication errors and near misses are reported.",
            (
                "M:Reports are analysed and used to make changes to the medication process.",
                "Medication error reports; trend analysis; action plans",
            ),
            gen="TL",
        ),
        S(
            "Sound-alike and look-alike medications are identified and managed to prevent mix-ups.",
            "the management of look-alike and sound-alike medications",
            "I:The hospital keeps a list of look-alike and sound-alike medications and reviews it "
            "each year.",
            "R:Storage and labelling methods such as tall-man lettering are used to keep them "
            "apart.",
            gen="PTML",
        ),
        S(
            "Antimicrobial use is overseen by a stewardship programme.",
            "antimicrobial stewardship",
            "I:A multidisciplinary team reviews antimicrobial prescribing against approved "
            "guidelines.",
            "M:Antimicrobial use and resistance data are reported to prescribers.",
            gen="PTL",
        ),
        S(
            "Medication reconciliation is carried out at admission, transfer and discharge.",
            "medication reconciliation",
            "I:A complete list of the patient's current medications is obtained on admission.",
            "I:Discrepancies found at transfer or discharge are resolved with the prescriber.",
            rec="The reconciled medication list",
        ),
        S(
            "Controlled substances are prescribed, stored and accounted for in line with the law.",
            "the control of narcotic and psychotropic medications",
            "I:Stock of controlled substances is counted at each shift change or at defined "
            "intervals.",
            (
                "R:A register records each receipt, issue and disposal of controlled substances.",
                "Controlled substance registers",
            ),
            gen="PTML",
        ),
        S(
            "Investigational, radioactive and other special medications are handled under "
            "written procedures.",
            "the handling of special medications",
            "P:Written procedures cover investigational, radioactive and hazardous medications.",
            gen="TML",
        ),
        S(
            "Anticoagulant therapy is managed under protocols that reduce bleeding and clotting "
            "risks.",
            "anticoagulant therapy",
            "I:Dosing and laboratory monitoring of anticoagulants follow approved protocols.",
            "C:Patients receiving anticoagulants are taught about diet, interactions and warning "
            "signs.",
        ),
        S(
            "Infusion pumps and their drug libraries are used to reduce dosing errors.",
            "the use of infusion pumps",
            "R:Infusion pumps with dose-error reduction software are used for high-risk infusions "
            "where available.",
            "I:The pump drug library is reviewed and updated by pharmacy and nursing.",
            gen="PTML",
        ),
        S(
            "Multiple-dose vials are used and stored in a way that prevents contamination.",
            "the use of multiple-dose vials",
            "I:Multiple-dose vials are labelled with the date opened and discarded according to "
            "policy.",
            gen="PTML",
        ),
        S(
            "The pharmacy gives staff timely information about medications.",
            "medication information services",
            "I:Up-to-date medication references are available in all patient care areas.",
            "I:A pharmacist is available to answer questions from prescribers and nurses.",
            gen="PML",
        ),
        S(
            "Medication management is reviewed at least annually by the responsible committee.",
            "the annual review of medication management",
            "L:A multidisciplinary committee reviews all parts of medication management at least "
            "annually.",
            "M:Findings from the review are used to improve medication safety.",
            gen="P",
        ),
        S(
            "Medications given in the emergency department and procedure areas are managed under "
            "the same rules as in inpatient units.",
            "medication use in procedure areas",
            "I:Medications drawn up in procedure areas are labelled if they are not given "
            "immediately.",
            "I:Unlabelled syringes are discarded.",
        ),
    ],
)

QPS = Chapter(
    "QPS",
    "Quality Improvement and Patient Safety",
    "quality",
    "staff involved in quality work",
    "PTML",
    org=True,
    standards=[
        S(
            "A qualified person leads the hospital's quality and patient safety programme.",
            "the quality and patient safety programme",
            "L:The programme has a written plan approved by the governing body.",
            "I:Qualified staff support departments with data collection and analysis.",
        ),
        S(
            "Leaders select hospital-wide measures for quality and patient safety.",
            "the selection of quality measures",
            "I:Measures are chosen from high-risk, high-volume or problem-prone processes.",
            "I:Each measure has a written definition, data source and reporting frequency.",
            gen="TL",
        ),
        S(
            "Data are collected, aggregated and analysed to support improvement.",
            "data analysis for quality",
            "I:Statistical tools and methods are used to analyse data.",
            "I:Data are compared over time and with external sources where available.",
            gen="PTL",
        ),
        S(
            "Data are validated before they are published or used for important decisions.",
            "data validation",
            "P:A written process defines when and how data are validated.",
            "I:Validation is done by a person not involved in the original data collection.",
            gen="TL",
        ),
        S(
            "The hospital has a system for reporting incidents, including near misses.",
            "incident reporting",
            "P:A written policy defines what must be reported, how and by whom.",
            "I:Staff can report incidents without fear of blame.",
            "T:Staff are trained to use the incident reporting system.",
        ),
        S(
            "Sentinel events are investigated by root cause analysis within a defined time.",
            "the investigation of sentinel events",
            "P:The hospital defines what it considers a sentinel event.",
            (
                "I:A root cause analysis is completed within forty-five days of the event or of "
                "the hospital becoming aware of it.",
                "Root cause analysis reports; event log",
            ),
            "L:Leaders act on the findings and follow up the actions agreed.",
        ),
        S(
            "Adverse events and near misses are analysed to learn lessons and prevent recurrence.",
            "the analysis of adverse events",
            "I:Trends and patterns in adverse events are analysed.",
            "I:Lessons learned are shared with staff across the hospital.",
        ),
        S(
            "Improvement projects are planned, carried out and sustained.",
            "quality improvement projects",
            "I:Improvement projects use a recognised method such as Plan-Do-Study-Act.",
            "M:Improvements are measured to confirm that they are sustained.",
        ),
        S(
            "A proactive risk management programme identifies and reduces risks to patients and "
            "staff.",
            "risk management",
            (
                "I:A risk register lists the hospital's main risks, rated by likelihood and "
                "impact.",
                "Risk register; committee minutes",
            ),
            "I:At least one high-risk process is analysed proactively each year, for example with "
            "a failure mode and effects analysis.",
        ),
        S(
            "Quality and safety information is shared with staff and the governing body at "
            "regular intervals.",
            "quality reporting",
            "I:Quality reports are given to the governing body and leaders at least quarterly.",
            "I:Staff receive feedback on the quality results that concern their area.",
            gen="PML",
        ),
        S(
            "Patient experience is measured and used to improve services.",
            "patient experience measurement",
            "I:Patient experience surveys are carried out at set intervals.",
            "M:Results are analysed and actions are taken on areas of concern.",
        ),
    ],
)

PCI = Chapter(
    "PCI",
    "Prevention and Control of Infections",
    "infection-control",
    "staff",
    "PTML",
    org=False,
    standards=[
        S(
            "A qualified person oversees the infection prevention and control programme.",
            "the infection prevention and control programme",
            "I:The person leading the programme is qualified by education, training or "
            "certification.",
            "L:Infection prevention staff have time and resources in line with the size and risks "
            "of the hospital.",
        ),
        S(
            "A multidisciplinary committee coordinates infection prevention and control "
            "activities.",
            "the coordination of infection control",
            "I:The committee includes medicine, nursing, microbiology, pharmacy, housekeeping and "
            "other relevant services.",
            (
                "I:The committee meets at set intervals and records its decisions.",
                "Committee terms of reference; minutes",
            ),
            gen="PL",
        ),
        S(
            "The infection control programme is based on current knowledge, accepted guidelines "
            "and applicable laws.",
            "evidence-based infection control",
            "P:The programme refers to current national or international infection control "
            "guidelines.",
        ),
        SS(
            "The hospital assesses its infection risks each year and sets priorities for the "
            "programme.",
            "the infection risk assessment",
            "I:A documented risk assessment identifies the infection risks for each area.",
            "I:Goals and measures for the year are set from the risk assessment.",
            gen="ML",
        ),
        S(
            "Leaders provide resources for the infection prevention and control programme.",
            "resources for infection control",
            "R:Information systems support the collection and analysis of infection data.",
            "R:Laboratory support is available for identifying organisms and reporting "
            "resistance patterns.",
            "L:The programme's budget and staffing are reviewed each year against its plan.",
            gen="",
        ),
        S(
            "Surveillance covers the infections most relevant to the hospital, such as "
            "device-associated and surgical site infections.",
            "infection surveillance",
            "I:Surveillance includes catheter-associated urinary infections, central line "
            "infections, ventilator-associated events and surgical site infections.",
            "I:Surveillance definitions are applied consistently.",
        ),
        S(
            "Patient care areas are cleaned and disinfected in a way that reduces the risk of "
            "infection.",
            "environmental cleaning",
            "P:Cleaning schedules and methods are defined for each area, including high-touch "
            "surfaces.",
            "T:Housekeeping staff are trained in cleaning methods and the use of disinfectants.",
            "M:The quality of cleaning is checked by audits or other methods.",
        ),
        S(
            "Medical devices and surgical instruments are cleaned, disinfected and sterilised "
            "according to written procedures.",
            "sterilisation and reprocessing",
            "I:Cleaning, disinfection and sterilisation follow the manufacturer's instructions and "
            "recognised standards.",
            (
                "I:Sterilisation cycles are monitored with physical, chemical and biological "
                "indicators.",
                "Sterilisation cycle records; indicator results",
            ),
            "T:Staff who reprocess instruments are trained and their competence is checked.",
        ),
        SS(
            "Sterile supplies are stored and handled so that they stay sterile until use.",
            "the storage of sterile supplies",
            "R:Sterile items are stored in clean, dry areas with controlled temperature and "
            "humidity.",
            "I:Packages are checked for integrity and expiry before use.",
        ),
        SS(
            "Single-use devices are not reused unless the law and a written process permit it.",
            "the reuse of single-use devices",
            "P:A written policy states whether any single-use devices may be reprocessed and "
            "under what conditions.",
            "M:Patient outcomes linked to any reuse are monitored.",
            gen="L",
        ),
        S(
            "Linen and laundry are handled in a way that reduces the risk of infection.",
            "laundry and linen management",
            "I:Clean and soiled linen are kept apart during collection, transport and storage.",
            "I:Laundry is washed at temperatures and with chemicals that meet recognised "
            "standards.",
        ),
        S(
            "Infectious and other clinical waste is handled and disposed of safely.",
            "clinical waste management",
            "I:Waste is segregated at the point of generation into colour-coded containers.",
            "R:Sharps containers are available at the point of use and are closed when "
            "three-quarters full.",
        ),
        S(
            "Food handling and kitchen hygiene reduce the risk of foodborne infection.",
            "kitchen hygiene",
            "I:Food is stored, prepared and served at safe temperatures.",
            (
                "I:Food handlers are screened for relevant infections and trained in hygiene.",
                "Food handler health records; training records",
            ),
        ),
        S(
            "Infection risks during construction, renovation and demolition are assessed and "
            "controlled.",
            "infection control during construction",
            "I:An infection risk assessment is done before any building work that may affect "
            "patients.",
            "I:Barriers and air-pressure controls are used to protect patient areas.",
        ),
        S(
            "Standard precautions and transmission-based precautions are applied according to "
            "written procedures.",
            "isolation precautions",
            "P:Written procedures describe standard, contact, droplet and airborne precautions.",
            "R:Negative-pressure rooms are available for patients with airborne infections, or a "
            "plan exists for their management.",
            "I:Signs on isolation rooms tell staff and visitors which precautions apply.",
        ),
        S(
            "The hospital is prepared to respond to outbreaks and to the arrival of many "
            "infectious patients at once.",
            "outbreak preparedness",
            "P:A written plan covers the response to an outbreak or an influx of infectious "
            "patients.",
            ("I:The outbreak plan is tested at least annually.", "Exercise reports; debriefs"),
        ),
        S(
            "Gloves, masks, eye protection and other protective equipment are available and used "
            "correctly.",
            "the use of personal protective equipment",
            "R:Protective equipment is available wherever it is needed.",
            "T:Staff are trained to choose, put on and remove protective equipment correctly.",
        ),
        S(
            "Staff are protected from infection through immunisation, screening and care after "
            "exposure.",
            "the prevention of infection in staff",
            "I:Staff are offered the vaccines recommended for health workers.",
            (
                "I:Needlestick and other exposures are reported and followed up.",
                "Exposure reports; occupational health records",
            ),
        ),
        S(
            "Infection control data are analysed, compared with other hospitals and used to "
            "improve.",
            "the analysis of infection data",
            "I:Infection rates are compared with external databases or similar hospitals.",
            "L:Results are reported to leaders and to the staff in each area.",
            gen="PM",
        ),
        S(
            "Staff, patients and families receive education on infection prevention.",
            "infection control education",
            "T:Infection control training is included in orientation and repeated at least "
            "annually.",
            "C:Patients and visitors are taught about hand hygiene and covering coughs and "
            "sneezes.",
        ),
        S(
            "Shared, non-critical patient care equipment is cleaned and disinfected according to "
            "defined methods.",
            "the cleaning of shared equipment",
            "I:Shared equipment such as blood pressure cuffs and glucometers is cleaned between "
            "patients.",
            "I:Clean equipment is labelled or stored separately from equipment awaiting cleaning.",
        ),
        S(
            "Endoscopes are reprocessed and stored according to the manufacturers' instructions.",
            "endoscope reprocessing",
            "I:Leak testing and manual cleaning are done before high-level disinfection.",
            "R:Endoscopes are stored in drying cabinets or hung vertically in a clean area.",
            (
                "I:Each reprocessing cycle can be traced to the patient on whom the scope was "
                "used.",
                "Reprocessing logs; traceability records",
            ),
        ),
        S(
            "Water systems are managed to reduce the risk of waterborne infections.",
            "water safety",
            "P:A water safety plan identifies risks and control measures.",
            (
                "I:Water is tested for Legionella and other organisms at set intervals in "
                "high-risk areas.",
                "Water test results; water safety plan",
            ),
        ),
        S(
            "Procedures that generate aerosols are performed with suitable protective measures.",
            "protection during aerosol-generating procedures",
            "I:Aerosol-generating procedures are done in suitable rooms, and staff wear "
            "respirators.",
        ),
    ],
)

GLD = Chapter(
    "GLD",
    "Governance, Leadership, and Direction",
    "governance",
    "leaders",
    "PML",
    org=True,
    standards=[
        S(
            "The structure and responsibilities of the governing body are described in writing.",
            "governance",
            "P:Bylaws, policies or similar documents describe how the governing body is chosen "
            "and how it works.",
            "I:The governing body approves the hospital's strategic and operational plans.",
            "I:The performance of the governing body is evaluated at least annually.",
            gen="",
        ),
        S(
            "The governing body approves the hospital's mission and makes it known to staff and "
            "the public.",
            "the mission statement",
            "I:The mission statement is approved and periodically reviewed by the governing body.",
            "I:The mission is made public and shared with staff.",
            gen="",
        ),
        S(
            "The governing body approves and oversees the quality and patient safety programme.",
            "governance oversight of quality",
            "I:The governing body receives and acts on quality reports at least quarterly.",
            "I:The governing body approves the quality and patient safety plan each year.",
            gen="",
        ),
        S(
            "A chief executive is responsible for running the hospital and complying with laws "
            "and regulations.",
            "executive management",
            "I:The chief executive's qualifications match the requirements of the role.",
            "I:The governing body evaluates the chief executive's performance at least annually.",
            gen="",
        ),
        S(
            "Leaders are identified, and their responsibilities are written down.",
            "hospital leadership roles",
            (
                "I:The roles of leaders, including medical, nursing and administrative leaders, "
                "are defined in writing.",
                "Organisation chart; job descriptions",
            ),
            "I:The list of leaders and their reporting lines is kept current.",
            gen="",
        ),
        S(
            "Leaders plan together and set the hospital's strategic direction.",
            "strategic planning",
            "I:Leaders involve staff and community stakeholders in planning.",
            "I:Progress on strategic goals is reviewed at set intervals.",
            gen="P",
        ),
        S(
            "Leaders plan the services that the hospital provides based on community needs.",
            "service planning",
            "I:The services offered are consistent with the mission and with community needs.",
            "C:Information about services is made available to the community.",
            gen="P",
        ),
        S(
            "Leaders communicate effectively with staff across the hospital.",
            "communication with staff",
            "I:Leaders use methods such as meetings, newsletters and the intranet to share "
            "information.",
            "I:Staff have a way to raise concerns with leaders.",
            gen="M",
        ),
        S(
            "Leaders build and support a culture of safety.",
            "the safety culture programme",
            "I:A code of conduct defines unacceptable behaviour.",
            (
                "M:Safety culture is measured by survey at least every two years, and the results "
                "are acted on.",
                "Safety culture survey results; action plan",
            ),
            "I:Staff who report safety concerns are protected from retaliation.",
        ),
        S(
            "Leaders allocate resources for quality and patient safety.",
            "resources for quality improvement",
            "L:Staff, information technology and other resources are provided for quality and "
            "safety work.",
            "I:Quality staff have access to data analysis tools and training.",
            "M:Leaders check each year whether the resources given were enough to deliver the "
            "quality plan.",
            gen="",
        ),
        S(
            "Leaders set priorities for hospital-wide improvement each year.",
            "hospital-wide improvement priorities",
            "I:Priorities address high-risk, high-volume and problem-prone areas.",
            "I:Progress on priorities is reported to the governing body.",
            "L:The governing body approves the improvement priorities.",
            gen="",
        ),
        S(
            "Contracted services are selected and monitored against quality standards.",
            "contract management",
            "P:Contracts set out the expected quality and safety requirements.",
            (
                "M:Contracted services are monitored through agreed measures, and the results are "
                "acted on.",
                "Contract performance reports",
            ),
            "I:Clinical leaders take part in selecting clinical contracts.",
        ),
        SS(
            "Independent practitioners working under contract have their credentials checked in "
            "the same way as hospital staff.",
            "the credentialing of contracted practitioners",
            "I:Contracted practitioners are credentialed and privileged through the hospital's "
            "process.",
            gen="P",
        ),
        S(
            "Medical, nursing and other clinical leaders oversee the quality of their services.",
            "clinical leadership",
            "I:The medical leader oversees the medical staff and the quality of medical care.",
            "I:The nursing leader oversees nursing practice and staffing.",
            gen="",
        ),
        S(
            "Department and service heads are qualified and accountable for their areas.",
            "department leadership",
            "I:Each department has a qualified head with written responsibilities.",
            "I:Department heads recommend the space, equipment and staff their services need.",
            gen="",
        ),
        SS(
            "Department heads select and monitor measures specific to their services.",
            "departmental quality measures",
            "I:Each department tracks measures that reflect its main services.",
            "M:Departmental data are used to evaluate staff performance and improve services.",
            gen="",
        ),
        S(
            "Department heads write and keep current the documents that guide their services.",
            "departmental policies",
            (
                "I:Each department has a document describing its scope of services.",
                "Departmental scope of service documents",
            ),
            "I:Departmental policies and procedures are reviewed at least every three years.",
            "I:Department heads make sure their staff know the documents that apply to their work.",
            gen="",
        ),
        S(
            "The hospital sets out ethical principles for its business and clinical activities.",
            "organisational ethics",
            "P:A code of ethics guides billing, marketing, admissions and relationships with other "
            "organisations.",
            "I:Leaders act on conflicts that arise between business and clinical interests.",
            gen="L",
        ),
        SS(
            "Staff can raise ethical concerns and get help in resolving ethical dilemmas.",
            "ethics support",
            "I:A clinical ethics committee or consultant is available to staff, patients and "
            "families.",
            "C:Patients and families know how to ask for ethics support.",
            gen="P",
        ),
        S(
            "The hospital budget is prepared and monitored to support its services.",
            "financial management",
            (
                "I:The budget is approved by the governing body and tracked through the year.",
                "Approved budget; financial reports",
            ),
            "I:Capital plans include replacing medical equipment and buildings.",
            gen="",
        ),
        S(
            "Leaders select and buy medical technology, supplies and medications using quality "
            "and safety criteria.",
            "procurement",
            "I:Data on safety and effectiveness are used when buying equipment and supplies.",
            "I:Recalled products are traced and removed from use.",
            gen="P",
        ),
        S(
            "Leaders ensure that staffing levels meet patient needs.",
            "staffing levels",
            "P:A staffing plan sets out the number and skill mix of staff for each unit.",
            "M:Staffing is reviewed against patient acuity and adjusted when needed.",
        ),
        S(
            "The hospital complies with relevant laws and responds promptly to inspections by "
            "authorities.",
            "legal and regulatory compliance",
            "I:Leaders know the laws and regulations that apply to the hospital.",
            (
                "I:Reports from external inspections are acted on within the time required.",
                "Inspection reports; action plans",
            ),
            gen="L",
        ),
        S(
            "Leaders support staff wellbeing and act to prevent violence in the workplace.",
            "the staff wellbeing programme",
            "I:A programme addresses staff health, fatigue and stress.",
            "I:Incidents of violence against staff are reported and acted on.",
            gen="PM",
        ),
        S(
            "Leaders plan and oversee the introduction of new services and technologies.",
            "the introduction of new services and technologies",
            "I:The evidence, cost and training needs are reviewed before a new service or "
            "technology is introduced.",
            gen="P",
        ),
        S(
            "The hospital identifies and manages conflicts of interest among its leaders and "
            "staff.",
            "conflicts of interest",
            "P:A written policy requires leaders and relevant staff to declare conflicts of "
            "interest.",
            "I:Declarations are reviewed and the actions taken are recorded.",
            gen="L",
        ),
        S(
            "Information that the hospital publishes about itself is accurate.",
            "public information and advertising",
            "I:Advertising claims about services and outcomes are checked before publication.",
            gen="PL",
        ),
        S(
            "Leaders review clinical and managerial performance data at least quarterly.",
            "the review of hospital performance data",
            (
                "I:A set of key performance indicators is reported to leaders at least quarterly.",
                "Performance dashboards; meeting minutes",
            ),
            gen="P",
        ),
        S(
            "Leaders develop the leadership skills of middle managers.",
            "leadership development",
            "T:Managers receive training in leadership, quality and safety.",
            gen="PL",
        ),
        S(
            "Patients are not refused emergency stabilisation because they cannot pay.",
            "emergency stabilisation regardless of ability to pay",
            "P:A written policy states that emergency stabilisation is given regardless of "
            "ability to pay.",
            "T:Registration and emergency staff know that questions about payment must not delay "
            "emergency care.",
            "M:Any case in which emergency care was delayed for financial reasons is reviewed.",
            gen="",
        ),
        S(
            "Leaders involve patients and families in the design of services.",
            "patient engagement in service design",
            "I:Patients or community representatives take part in committees or advisory groups.",
            gen="PL",
        ),
    ],
)

FMS = Chapter(
    "FMS",
    "Facility Management and Safety",
    "facility",
    "facility staff",
    "PTML",
    org=False,
    standards=[
        S(
            "The hospital complies with building, fire and safety laws and inspection "
            "requirements.",
            "compliance with facility laws",
            "I:Leaders know the facility laws that apply and act on inspection findings.",
            (
                "I:Licences and certificates for the building and its systems are current.",
                "Licences; inspection certificates",
            ),
            gen="L",
        ),
        S(
            "A qualified person oversees the facility management and safety programme.",
            "the facility management programme",
            "P:A written programme covers safety, security, hazardous materials, emergencies, "
            "fire, equipment and utilities.",
            "L:The programme is reviewed and reported to the governing body at least annually.",
        ),
        S(
            "The facility is inspected regularly, and the risks found are acted on.",
            "facility inspections",
            (
                "I:A documented inspection of the buildings is done at least twice a year.",
                "Facility inspection reports",
            ),
            "I:Hazards found are recorded and corrected within set times.",
        ),
        S(
            "Security risks are identified and controlled to protect patients, staff and visitors.",
            "security management",
            "I:Restricted areas are locked or monitored.",
            "I:Staff, contractors and visitors wear identification.",
        ),
        S(
            "Hazardous materials and waste are inventoried, handled, stored and disposed of "
            "safely.",
            "hazardous materials management",
            (
                "R:An inventory lists the hazardous materials in each area with their safety data "
                "sheets.",
                "Hazardous materials inventory; safety data sheets",
            ),
            "I:Spills and exposures are reported and dealt with according to written procedures.",
            "T:Staff who handle hazardous materials are trained in their safe use.",
        ),
        S(
            "The hospital has a plan to respond to internal and external emergencies and "
            "disasters.",
            "emergency management",
            "P:The emergency plan is based on a hazard vulnerability analysis.",
            "I:The plan covers communication, resources, patient care, evacuation and recovery.",
        ),
        SS(
            "The emergency plan is tested at least annually through exercises.",
            "emergency exercises",
            (
                "I:The full plan, or its critical parts, is tested at least annually.",
                "Exercise reports",
            ),
            "M:A debriefing follows each exercise, and the plan is revised.",
            "T:Staff take part in the exercises relevant to their area at least annually.",
            gen="L",
        ),
        S(
            "The hospital has a fire safety programme covering prevention, early detection, "
            "containment and evacuation.",
            "fire safety",
            "R:Fire detection, alarm and suppression systems are installed and working.",
            "I:Escape routes are kept clear and marked.",
        ),
        SS(
            "Fire safety equipment and systems are inspected, tested and maintained.",
            "fire safety equipment",
            "I:Fire alarms, sprinklers and extinguishers are tested at intervals set by law and "
            "by the manufacturers.",
            (
                "R:Inspection and maintenance records are kept for all fire safety equipment.",
                "Fire equipment inspection records",
            ),
            gen="PL",
        ),
        SS(
            "Staff take part in fire drills in every building at least annually.",
            "fire safety drills",
            (
                "I:Fire drills are held in each building at least annually, including at night.",
                "Fire drill reports",
            ),
            "T:Staff can describe how to raise the alarm, move patients and use extinguishers.",
            "M:Drill results are reviewed and weaknesses are corrected.",
        ),
        SS(
            "Smoking is restricted according to hospital policy and the law.",
            "smoking restrictions",
            "P:A written policy defines where, if anywhere, smoking is allowed.",
            "M:The policy is monitored and breaches are addressed.",
            gen="L",
        ),
        S(
            "Medical equipment is inventoried, inspected, tested and maintained.",
            "medical equipment maintenance",
            (
                "I:An inventory of all medical equipment is kept up to date.",
                "Medical equipment inventory",
            ),
            "I:Equipment is inspected and tested before first use and then on a schedule.",
            (
                "I:Preventive maintenance is done according to the manufacturers' recommendations.",
                "Preventive maintenance records",
            ),
        ),
        SS(
            "Medical equipment recalls and safety alerts are acted on.",
            "the response to equipment recalls",
            "P:A written process covers the response to recalls, alerts and adverse events "
            "involving equipment.",
            gen="ML",
        ),
        S(
            "Utility systems, such as electricity, water and medical gases, are reliable and "
            "maintained.",
            "utility systems management",
            "I:An inventory of utility systems and their main components is kept.",
            (
                "I:Utility systems are inspected, tested and maintained on a schedule.",
                "Utility maintenance records",
            ),
        ),
        SS(
            "Emergency power and water are available when normal supplies fail.",
            "emergency power and water",
            (
                "I:Emergency generators are tested under load at defined intervals.",
                "Generator test logs",
            ),
            "I:Alternative sources of drinking water are available for emergencies.",
            "R:Fuel for generators is stored in sufficient quantity.",
            gen="PL",
        ),
        SS(
            "Medical gas and vacuum systems are maintained, and their failure is planned for.",
            "medical gas and vacuum systems",
            "I:Medical gas pipes are labelled, and their shut-off valves are accessible.",
            "I:Medical gas purity and pressures are checked.",
        ),
        S(
            "Staff know their roles in the facility management and safety programme.",
            "facility safety training",
            "T:Staff receive training on fire, safety, security and emergency procedures at "
            "orientation and every year.",
            "I:Staff knowledge is tested through drills or questioning.",
            gen="ML",
        ),
        S(
            "Construction and renovation projects are assessed for risks to patients and staff.",
            "construction risk management",
            "I:A pre-construction risk assessment covers noise, vibration, air quality, infection "
            "and fire.",
        ),
        S(
            "Hazards in the physical environment, such as slippery floors and unsafe furniture, "
            "are controlled.",
            "the control of environmental hazards",
            "I:Floors, stairs and handrails are kept in a safe condition.",
        ),
        S(
            "Lifts, heating, ventilation and air-conditioning systems are maintained.",
            "building services maintenance",
            "I:A schedule of inspection and maintenance is kept for each system.",
            "M:Breakdowns are recorded and analysed.",
            gen="PL",
        ),
        S(
            "Data on facility incidents and system failures are collected and used to improve.",
            "facility performance monitoring",
            "M:Data on incidents, equipment failures and utility failures are reported to leaders.",
            gen="PL",
        ),
        S(
            "Access to magnetic resonance and laser areas is controlled to keep people safe.",
            "the safety of MRI and laser areas",
            "I:Access to MRI zones is controlled, and patients are screened for metal before "
            "entry.",
            "R:Laser areas have warning signs and eye protection.",
        ),
        S(
            "The building is accessible to patients, visitors and staff with disabilities.",
            "building accessibility",
            "R:Ramps, accessible toilets and lifts are provided.",
            gen="PL",
        ),
        S(
            "Contracts for building and equipment maintenance are monitored.",
            "the management of maintenance contracts",
            "I:The work of contractors is checked and recorded.",
            gen="PML",
        ),
        S(
            "Patient care areas are kept at safe levels of temperature, lighting and noise.",
            "the patient care environment",
            "I:Lighting, temperature and noise are checked in patient areas.",
            gen="PML",
        ),
    ],
)

SQE = Chapter(
    "SQE",
    "Staff Qualifications and Education",
    "staffing",
    "staff",
    "PML",
    org=True,
    standards=[
        S(
            "Leaders define the education, skills and knowledge required for each staff position.",
            "staffing requirements",
            ("I:Each position has a written job description.", "Job descriptions"),
            "P:The requirements for each position are in line with laws and regulations.",
        ),
        S(
            "The staffing plan is reviewed and updated at least annually.",
            "the staffing plan",
            "I:The plan identifies the number, types and qualifications of staff needed in each "
            "department.",
            "L:Leaders review the plan at least annually.",
        ),
        S(
            "Staff are recruited, selected and appointed through a uniform process.",
            "recruitment",
            "P:A written process is used for recruitment and appointment.",
            "I:The process is applied in the same way across the hospital.",
        ),
        S(
            "Each staff member's qualifications are verified before they start work.",
            "the verification of qualifications",
            "I:Licences, education and certificates are checked with the issuing source.",
            (
                "I:Records of verification are kept in the staff member's file.",
                "Staff files; verification records",
            ),
        ),
        S(
            "New staff receive orientation to the hospital, their department and their job.",
            "orientation",
            "I:Orientation covers the hospital's mission, safety, infection control and quality "
            "programmes.",
            "I:Contract staff, volunteers and students also receive orientation.",
        ),
        S(
            "Staff receive ongoing in-service education to maintain and improve their skills.",
            "in-service education",
            "I:Education is planned from new services, quality data and staff needs.",
            "R:Space, equipment and time are provided for education.",
        ),
        S(
            "Staff who give patient care are trained in resuscitation.",
            "resuscitation training",
            (
                "I:Staff are trained in basic life support at least every two years.",
                "Life support certificates; training records",
            ),
            "M:The quality of resuscitation training is checked.",
        ),
        S(
            "Each staff member's performance is evaluated at least annually.",
            "performance evaluation",
            "I:Performance is evaluated against the job description.",
            ("I:The evaluation is documented in the staff file.", "Staff files"),
        ),
        S(
            "The hospital keeps a personnel file for each staff member.",
            "personnel records",
            "I:Files contain qualifications, job description, orientation, training and "
            "evaluations.",
            "P:Personnel files are kept confidential and up to date.",
        ),
        S(
            "The hospital runs an occupational health programme for its staff.",
            "occupational health",
            "I:Staff are screened for conditions relevant to their work when they join.",
            "I:Work-related injuries are treated and followed up.",
        ),
        SS(
            "Staff who experience violence at work receive support.",
            "supporting staff after workplace violence",
            "I:Counselling and follow-up are offered to staff after violent incidents.",
        ),
        S(
            "Medical staff credentialing verifies education, training and licences with the "
            "original source.",
            "medical staff credentialing",
            "P:Medical staff bylaws or policies define the credentialing process.",
            "I:Credentials are verified with the issuing source before appointment.",
            "I:Temporary appointments are granted only after the licence has been verified.",
        ),
        S(
            "Medical staff are appointed through a defined process approved by the governing body.",
            "medical staff appointment",
            "I:The appointment decision is documented and signed.",
            "I:Appointments are made for no more than three years.",
        ),
        S(
            "Clinical privileges are granted based on verified credentials and current competence.",
            "clinical privileging",
            "I:Privileges are specific to the procedures and services each practitioner may "
            "perform.",
            "I:Current privileges are available to the departments where the practitioner works.",
            "I:Practitioners do not practise outside the privileges they have been granted.",
        ),
        SS(
            "Temporary or emergency privileges are granted only under defined conditions.",
            "the granting of temporary privileges",
            "P:A written policy defines when temporary or disaster privileges may be granted.",
            "I:Temporary privileges are time-limited and approved by the medical director.",
        ),
        S(
            "The performance of medical staff is evaluated on an ongoing basis.",
            "ongoing professional practice evaluation",
            "I:Data on each practitioner's practice are collected and reviewed at least annually.",
            "I:Findings are used when privileges are renewed.",
        ),
        SS(
            "A focused review is carried out when new privileges are granted or when a "
            "practitioner's performance raises concerns.",
            "focused professional practice evaluation",
            "I:A defined period of proctoring or review applies to newly granted privileges.",
            "I:Focused review is triggered by specific events such as unexpected outcomes or "
            "complaints.",
        ),
        S(
            "Medical staff are reappointed, and privileges are renewed, at least every three "
            "years.",
            "reappointment",
            "I:Reappointment considers performance data, continuing education and health status.",
        ),
        S(
            "Nursing staff credentials are verified before nurses begin work.",
            "nursing credentialing",
            "I:Nursing licences and education are verified with the issuing source.",
            "I:Licence renewal dates are tracked.",
        ),
        S(
            "Nursing staff have defined job responsibilities based on their qualifications.",
            "the assignment of nursing responsibilities",
            "I:Clinical work assignments take account of each nurse's competence and the needs of "
            "patients.",
        ),
        S(
            "Nursing staff take part in quality improvement, and their performance is reviewed.",
            "nursing performance review",
            "M:Quality data are used in evaluating nursing practice.",
        ),
        S(
            "The credentials of other health professionals, such as pharmacists, therapists and "
            "technicians, are verified.",
            "allied health credentialing",
            "I:Licences and certificates are verified before work begins.",
        ),
        S(
            "The responsibilities of other health professionals are defined, and their "
            "performance is reviewed.",
            "allied health performance review",
            "I:Job descriptions define the clinical duties of each profession.",
            "M:Performance data are included in annual evaluations.",
        ),
        S(
            "Volunteers and students work within defined roles and under supervision.",
            "the supervision of volunteers and students",
            "I:Volunteers and students are oriented, and their roles are defined.",
        ),
        S(
            "Staff wellbeing and workload are monitored to prevent fatigue.",
            "staff fatigue management",
            "I:Shift lengths and rest periods are planned to reduce fatigue.",
        ),
        S(
            "Staff competence in high-risk procedures is checked before they perform them alone.",
            "competence sign-off for high-risk procedures",
            "I:A list of high-risk procedures that require competence sign-off is kept.",
            gen="TML",
        ),
        S(
            "Agency and temporary staff have their qualifications checked and are oriented "
            "before working.",
            "temporary staffing",
            "I:The qualifications of agency staff are verified before their first shift.",
        ),
        S(
            "Staff who do not meet performance expectations receive support, and action is taken "
            "when needed.",
            "performance management",
            "P:A written process covers support, retraining and disciplinary action.",
        ),
        S(
            "Staff satisfaction and retention are measured and used to plan improvements.",
            "staff retention",
            ("M:Turnover and vacancy rates are measured by department.", "Human resources reports"),
        ),
        S(
            "Staff receive training in communication skills and teamwork.",
            "teamwork training",
            "T:Training includes structured communication tools and team simulation.",
        ),
    ],
)

MOI = Chapter(
    "MOI",
    "Management of Information",
    "information",
    "staff",
    "PTML",
    org=True,
    standards=[
        S(
            "The hospital plans and manages information to meet the needs of care, management "
            "and reporting.",
            "information management planning",
            "I:The information needs of clinicians, leaders and external bodies are identified.",
            "I:The plan is updated when needs or technology change.",
        ),
        S(
            "The privacy and confidentiality of information are maintained.",
            "data confidentiality",
            "P:A written policy sets out who may access patient data and on what basis.",
            "I:Access to electronic records is limited by role and is logged.",
            ("M:Access logs are audited for inappropriate access.", "Access log audit reports"),
        ),
        S(
            "Information is protected against loss, destruction, tampering and unauthorised "
            "access.",
            "information security",
            ("I:Data are backed up, and the backups are tested.", "Backup logs; restore tests"),
            "I:Paper records are stored where they are protected from fire, water and "
            "unauthorised access.",
        ),
        S(
            "Records and information are kept for the periods defined by law and policy.",
            "record retention",
            "P:A retention schedule defines how long each type of record is kept.",
            "I:Records are destroyed securely at the end of the retention period.",
        ),
        S(
            "Standard codes, abbreviations and definitions are used across the hospital.",
            "standardised terminology",
            "I:Diagnosis and procedure codes follow recognised classifications.",
            "I:A list of abbreviations that must not be used is in force and monitored.",
        ),
        S(
            "A medical record is created for each patient with a unique identifier.",
            "the medical record system",
            "I:Each patient has one medical record with a unique identifier.",
            "I:The record can be retrieved quickly when the patient is seen again.",
        ),
        S(
            "The medical record contains enough information to identify the patient, support the "
            "diagnosis and document the course of care.",
            "medical record content",
            "P:The hospital defines the required content of the record for each type of encounter.",
            "I:Each record holds enough information to support the diagnosis, justify the "
            "treatment and show its results.",
            gen="M",
        ),
        S(
            "Each entry in the medical record identifies its author and the date and time of "
            "entry.",
            "the signing and dating of record entries",
            "I:Entries are dated, timed and signed or electronically authenticated.",
        ),
        S(
            "The content and completeness of medical records are reviewed regularly.",
            "medical record review",
            (
                "M:A representative sample of active and closed records is reviewed at least "
                "quarterly.",
                "Record review reports",
            ),
            "I:Clinical staff take part in the review.",
        ),
        S(
            "Policies, procedures and other internal documents are controlled so that only "
            "current versions are in use.",
            "document control",
            "P:A written procedure defines how documents are drafted, approved, issued, reviewed "
            "and withdrawn.",
            (
                "I:Each document shows its title, issue date, revision number and approver.",
                "Sample of controlled documents",
            ),
            "I:Obsolete documents are withdrawn, and one copy is retained.",
        ),
        SS(
            "External documents, such as laws and professional guidelines, are tracked and kept "
            "current.",
            "the control of external documents",
            "I:External documents used by the hospital are listed and checked for new versions.",
        ),
        S(
            "Hospital-wide data and information are available to support decisions.",
            "the provision of data for decision-making",
            "I:Leaders receive data in formats that support decisions.",
        ),
        S(
            "Health information technology systems are assessed and tested before they are used.",
            "health IT implementation",
            "I:New systems are tested before go-live, and staff are trained in their use.",
        ),
        S(
            "The hospital plans for the downtime of information systems.",
            "downtime planning",
            "P:Downtime procedures describe how care continues when systems fail.",
            "I:Downtime procedures are tested at least annually.",
        ),
        S(
            "Staff are trained in the principles of information management suited to their roles.",
            "training in information management",
            "T:Staff are trained in how to use information systems and protect data.",
            "I:Training is tailored to staff roles, such as clinicians, coders and managers.",
            gen="ML",
        ),
        S(
            "Patients can access their own health information in line with the law.",
            "patient access to records",
            "P:A written process defines how patients request and receive copies of their records.",
            "I:Requests are answered within the time set by law.",
        ),
        S(
            "The release of information to third parties follows written rules.",
            "the release of information",
            "I:Information is released only with patient consent or where the law requires it.",
        ),
        S(
            "Data reported to external bodies are accurate and submitted on time.",
            "external reporting",
            "I:Reports required by health authorities are submitted on time.",
        ),
        S(
            "The use of copy-and-paste and templates in electronic records is controlled.",
            "electronic documentation practices",
            "P:A written policy governs copying and pasting in the electronic record.",
        ),
        S(
            "Cybersecurity risks are assessed and managed.",
            "cybersecurity",
            "I:A cybersecurity risk assessment is done at least annually.",
            "T:Staff receive training on phishing and the safe use of systems.",
            "I:Security incidents are reported and investigated.",
        ),
    ],
)

MPE = Chapter(
    "MPE",
    "Medical Professional Education",
    "education",
    "supervising staff",
    "PTML",
    org=True,
    standards=[
        S(
            "The governing body and leaders approve and oversee the hospital's participation in "
            "medical education.",
            "medical education programmes",
            "P:A written agreement with each academic programme sets out the responsibilities of "
            "both parties.",
            "I:The governing body approves participation in medical education.",
            "I:Leaders review educational outcomes at least annually.",
            gen="",
        ),
        S(
            "The hospital has enough clinical staff, patients and facilities to support its "
            "education programmes.",
            "educational capacity",
            "I:The number of trainees matches the available patient volume, staff and space.",
            "R:Teaching space, library access and learning resources are available to trainees.",
            "L:Leaders review capacity before agreeing to take more trainees.",
            gen="",
        ),
        S(
            "Medical students and trainees are listed with their level of training and status.",
            "the trainee register",
            "I:An up-to-date list shows each student and trainee, their programme and their year "
            "of training.",
            "I:The list is available to staff in the areas where trainees work.",
            ("I:Each trainee's programme documents are kept on file.", "Trainee files"),
            gen="",
        ),
        S(
            "Clinical teachers are qualified and have the time to supervise.",
            "clinical teaching",
            "I:Teachers' qualifications are verified, and their teaching roles are defined.",
            "T:Clinical teachers receive training in teaching and in assessing trainees.",
            (
                "M:Trainees give feedback on teaching, and the feedback is reviewed.",
                "Trainee feedback summaries",
            ),
            gen="L",
        ),
        S(
            "Residents' supervision is set according to their level of training and is clear to "
            "all staff.",
            "residents' supervision",
            "P:A written policy defines the supervision required for each level of trainee.",
            "I:Staff know which trainees may act without direct supervision.",
            "D:Supervision of trainees is documented in the patient's medical record.",
        ),
        S(
            "Trainees take part in the hospital's quality, safety and infection control "
            "programmes.",
            "trainee participation in quality programmes",
            "T:Trainees receive the hospital's orientation, including safety and quality.",
            "I:Trainees report incidents through the hospital's reporting system.",
            "I:Trainees take part in at least one quality improvement activity each year.",
            gen="",
        ),
        S(
            "Trainees' working hours and wellbeing are monitored.",
            "trainee working hours",
            (
                "M:Hours worked are recorded and compared with the limits set by law or by the "
                "programme.",
                "Duty rosters; hours reports",
            ),
            "I:Rosters are planned so that trainees have rest periods between shifts.",
            "I:Trainees have access to confidential support for stress and wellbeing.",
            gen="",
        ),
    ],
)

HRP = Chapter(
    "HRP",
    "Human Subjects Research Programs",
    "research",
    "research staff",
    "PTML",
    org=True,
    standards=[
        S(
            "Leaders are responsible for protecting human research subjects.",
            "human subjects protection",
            "P:A written policy sets out the hospital's responsibilities for protecting research "
            "subjects.",
            "I:Leaders approve research policies and the scope of research allowed.",
            "L:Leaders receive an annual report on all research under way.",
            gen="T",
        ),
        S(
            "A research ethics committee reviews and oversees all research involving human "
            "subjects.",
            "the work of the research ethics committee",
            "P:Written procedures describe how the committee reviews, approves and monitors "
            "research.",
            "I:The committee is independent and includes lay and scientific members.",
            (
                "I:The committee approves, reviews and can suspend research.",
                "Committee minutes; approval letters",
            ),
            gen="L",
        ),
        S(
            "Responsibilities under research sponsor agreements are clearly defined.",
            "research sponsor agreements",
            (
                "I:Written agreements set out the responsibilities of the hospital and the "
                "sponsor.",
                "Sponsor agreements",
            ),
            "I:The hospital oversees any research tasks delegated to contract research "
            "organisations.",
            gen="P",
        ),
        S(
            "Conflicts of interest in research are identified and managed.",
            "the management of research conflicts of interest",
            "P:Researchers and committee members declare their conflicts of interest.",
            "I:Declared conflicts are reviewed, and a management plan is recorded for each.",
            gen="L",
        ),
        S(
            "Patients are told how to take part in research and about their rights as subjects.",
            "informing research subjects",
            "C:Information explains that taking part is voluntary and may be stopped at any time.",
            "C:Subjects are told whom to contact with questions or concerns about the research.",
            gen="PT",
        ),
        S(
            "Informed consent is obtained before a patient takes part in research.",
            "consent for research",
            "I:Consent covers the purpose, duration, risks, benefits and alternatives.",
            (
                "D:The signed consent form is kept in the research file and noted in the medical "
                "record.",
                "Research files; medical record review",
            ),
            gen="PTM",
        ),
        S(
            "Research is reviewed at least annually for continuing compliance.",
            "the continuing review of research",
            ("M:Research files and consent forms are audited.", "Audit reports"),
            "I:Studies that are not reviewed on time are suspended until the review is done.",
            gen="PL",
        ),
        S(
            "Adverse events in research subjects are reported and acted on.",
            "the reporting of research adverse events",
            "I:Serious adverse events are reported to the committee and the sponsor within set "
            "times.",
            gen="PTM",
        ),
        S(
            "Research staff are qualified and trained in research ethics and good clinical "
            "practice.",
            "research staff training",
            "T:Research staff complete training in good clinical practice before enrolling "
            "subjects.",
            "I:Training records are kept for each member of the research team.",
            gen="PM",
        ),
        S(
            "Research data are stored securely, and their confidentiality is protected.",
            "research data management",
            "I:Research data are kept in secure systems with limited access.",
            "I:Research data are retained for the period required by law or by the sponsor.",
            gen="PT",
        ),
    ],
)

CHAPTERS = (IPSG, ACC, PCC, AOP, COP, ASC, MMU, QPS, PCI, GLD, FMS, SQE, MOI, MPE, HRP)


# --------------------------------------------------------------------------------------
# Building the rows
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    chapter: str
    chapter_title: str
    standard: str
    standard_text: str
    number: int
    element: str
    evidence: str
    tags: str


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _parse(element: str | tuple[str, str]) -> tuple[str, str, str | None]:
    evidence = None
    if isinstance(element, tuple):
        element, evidence = element
    category, _, text = element.partition(":")
    if category not in CATEGORY_ORDER or not text:
        raise ValueError(f"bad element spec: {element!r}")
    return category, text, evidence


def _evidence_key(category: str, text: str, chapter: Chapter) -> str:
    lowered = text.lower()
    if category == "I":
        if chapter.code == "SQE":
            return "I-staff"
        if chapter.org:
            return "I-org"
        return "I-patient" if "patient" in lowered else "I"
    if category == "R":
        if "record" in lowered:
            return "R-records"
        if "equipment" in lowered or "device" in lowered:
            return "R-equipment"
    if category == "L" and "named leader" in lowered:
        return "L-named"
    if category == "T" and "can describe" in lowered:
        return "T-interview"
    return category


def _numbering(chapter: Chapter) -> list[str]:
    codes, top, sub = [], 0, 0
    for std in chapter.standards:
        if std.sub:
            if top == 0:
                raise ValueError(f"{chapter.code}: sub-standard before any standard")
            sub += 1
            codes.append(f"{chapter.code}.{top}.{sub}")
        else:
            top, sub = top + 1, 0
            codes.append(f"{chapter.code}.{top}")
    return codes


def build_rows() -> list[Row]:
    # Separate streams, so that editing the evidence lists does not change element counts.
    count_rng = random.Random(f"{SEED}:counts")
    evidence_rng = random.Random(f"{SEED}:evidence")
    counts, weights = zip(*ELEMENT_COUNT_WEIGHTS.items(), strict=True)
    rows: list[Row] = []
    for chapter in CHAPTERS:
        template_turn: Counter[str] = Counter()
        for code, std in zip(_numbering(chapter), chapter.standards, strict=True):
            specific = [_parse(e) for e in std.elements]
            target = max(count_rng.choices(counts, weights)[0], len(specific), 2)
            allowed = chapter.gen if std.gen is None else std.gen
            if std.rec and "D" not in allowed:
                allowed += "D"
            if not std.rec:
                allowed = allowed.replace("D", "")
            used = {c for c, _, _ in specific}
            pool = [c for c in allowed if c not in used] + [c for c in allowed if c in used]
            who = std.who or chapter.who
            elements = list(specific)
            texts = {t for _, t, _ in elements}
            for category in pool:
                if len(elements) >= target:
                    break
                if category not in TEMPLATES:
                    continue
                templates = TEMPLATES[category]
                for _ in range(len(templates)):
                    template = templates[template_turn[category] % len(templates)]
                    template_turn[category] += 1
                    be = "are" if std.rec and " and " in std.rec else "is"
                    text = template.format(t=std.topic, w=who, W=_cap(who), R=std.rec, be=be)
                    if text not in texts:
                        break
                else:
                    continue
                texts.add(text)
                elements.append((category, text, None))
            elements.sort(key=lambda e: CATEGORY_ORDER.index(e[0]))
            for number, (category, text, evidence) in enumerate(elements, start=1):
                if evidence is None:
                    evidence = evidence_rng.choice(EVIDENCE[_evidence_key(category, text, chapter)])
                tags = f"{CATEGORY_TAGS[category]}, {chapter.tag}"
                rows.append(
                    Row(chapter.code, chapter.title, code, std.text, number, text, evidence, tags)
                )
    return rows


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"make_demo_library: {message}")


def check(rows: list[Row]) -> None:
    """Refuse to write a file that breaks the shape the demo and the importer rely on."""
    keys = [(r.standard, r.number) for r in rows]
    _require(len(keys) == len(set(keys)), "duplicate (standard, ME) pair")
    owner: dict[str, str] = {}
    for r in rows:
        first = owner.setdefault(r.standard_text, r.standard)
        _require(first == r.standard, f"standard text reused by {r.standard} and {first}")
    for code, n in Counter(r.standard for r in rows).items():
        _require(2 <= n <= 7, f"{code} has {n} measurable elements")
    pairs = [(r.standard, r.element) for r in rows]
    _require(len(pairs) == len(set(pairs)), "element text repeated within a standard")
    for r in rows:
        cells = (r.chapter, r.chapter_title, r.standard, r.standard_text, r.element, r.evidence)
        _require(all(v.strip() and v == v.strip() for v in cells), f"blank or padded cell: {r}")
        _require(r.element.endswith(".") and r.standard_text.endswith("."), f"no full stop: {r}")
    _require(MIN_TOTAL <= len(rows) <= MAX_TOTAL, f"total {len(rows)} outside range")


# --------------------------------------------------------------------------------------
# Writing the workbook
# --------------------------------------------------------------------------------------

COLUMN_WIDTHS = {"A": 9, "B": 26, "C": 11, "D": 60, "E": 5, "F": 70, "G": 36, "H": 26}
WRAPPED = {"B", "D", "F", "G"}
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def write_workbook(rows: list[Row], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = EDITION
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(list(HEADERS))
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    for r in rows:
        ws.append(
            [
                r.chapter,
                r.chapter_title,
                r.standard,
                r.standard_text,
                r.number,
                r.element,
                r.evidence,
                r.tags,
            ]
        )
        for cell in ws[ws.max_row]:
            cell.alignment = wrap if cell.column_letter in WRAPPED else top
    for letter, width in COLUMN_WIDTHS.items():
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{ws.max_row}"

    props = wb.properties
    props.creator = "Accredit Tracker demo generator"
    props.title = TITLE
    buffer = io.BytesIO()
    wb.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_normalise_zip(buffer.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Pin the timestamps openpyxl and zipfile write, so each run gives identical bytes."""
    import re

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>2025-01-01T00:00:00Z\g<2>",
                    content,
                )
            pinned = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            target.writestr(pinned, content)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    rows = build_rows()
    check(rows)
    write_workbook(rows, args.output)

    standards = Counter()
    elements = Counter()
    seen = set()
    for r in rows:
        elements[r.chapter] += 1
        if r.standard not in seen:
            seen.add(r.standard)
            standards[r.chapter] += 1
    print(f"{'Chapter':<8}{'Standards':>10}{'Elements':>10}")
    for chapter in CHAPTERS:
        print(f"{chapter.code:<8}{standards[chapter.code]:>10}{elements[chapter.code]:>10}")
    print(f"{'Total':<8}{sum(standards.values()):>10}{len(rows):>10}")
    print(f"Wrote {args.output}")


if __name__ == "__main__":
    main()
