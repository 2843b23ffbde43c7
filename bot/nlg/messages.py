"""Every sentence the assistant says outside the questions themselves.

Keys are stable; values are English msgids for the catalogs. Placeholders are
named (``{reference}``) so translators can move them. Keep each message short
and plain: it may travel as one SMS to a scared person on a cheap phone.
"""
from __future__ import annotations

from bot.i18n.markers import N_

MESSAGES: dict[str, str] = {
    # Welcome and consent (part 1). Consent comes before any question.
    "welcome": N_(
        "Hello. I am the intake assistant of a legal team that helps people ask for "
        "humanitarian parole to get medical treatment in the US. Reply 0 to choose "
        "another language."),
    "privacy_notice": N_(
        "Before we start: I will ask about the patient's health, family, money, travel "
        "and immigration history. Only the legal team sees your answers, and they are "
        "stored encrypted. This is legal information, not legal advice: a lawyer will "
        "review your case. You can skip any question, write 'pause' to stop, and "
        "'delete my data' to have everything deleted."),
    "consent_question": N_("Do you agree to continue?"),
    "consent_thanks": N_(
        "Thank you. Short answers are fine. Write 'help' any time to know why I ask."),
    "consent_declined": N_(
        "That is fine. I saved no answers. If you change your mind, write 'start'."),
    "consent_reask": N_("Please reply yes to agree and start, or no to stop."),
    "consent_help": N_(
        "Your answers help a lawyer understand the case. Nothing is shared outside the "
        "legal team. You can stop any time."),
    # Answers
    "skip_hint": N_("You can also reply 'skip', 'I don't know' or 'lawyer'."),
    "skipped": N_("Okay, we skip this one."),
    "dont_know_noted": N_("That's okay. I noted that you don't know."),
    "tell_lawyer_noted": N_("Okay. You can tell the lawyer directly."),
    "saved_correction": N_("Thank you, I changed that answer."),
    "choose_by_number": N_("Reply with a number."),
    "choose_several": N_("You can choose more than one, like: 1, 3"),
    "yes": N_("Yes"),
    "no": N_("No"),
    # Re-asks for answers we could not read. {example} is the question's example.
    "error_empty": N_("I did not get an answer."),
    "error_too_long": N_("That is a lot of text. Please write a shorter answer."),
    "error_no_text": N_("I could not read that. Please answer with words."),
    "error_date_invalid": N_("Sorry, I could not read that date."),
    "error_date_future": N_("That date is in the future. Please check it."),
    "error_date_too_old": N_("That date seems too old. Please check it."),
    "error_number_invalid": N_("Sorry, I need a number."),
    "error_number_range": N_("Please give a number from {min} to {max}."),
    "error_money_invalid": N_("Sorry, I could not read that amount."),
    "error_money_negative": N_("The amount cannot be less than zero."),
    "error_money_too_large": N_("That amount seems too large. Please check it."),
    "error_money_currency": N_("Which money is that? Please add the currency, like USD or Mexican pesos."),
    "error_choice_unknown": N_("Sorry, I did not understand. Please reply with a number from the list."),
    "error_yes_no_unknown": N_("Please reply yes or no."),
    "error_list_empty": N_("Please write at least one item."),
    "error_list_item_invalid": N_("I could not read line {item}. Please check it."),
    "error_name_invalid": N_("Please write the name with letters, as in the passport."),
    "error_receipt_invalid": N_(
        "A receipt number has 3 letters and 10 numbers, like IOE0912345678."),
    "error_generic": N_("Sorry, I could not read that answer."),
    "example_prefix": N_("Please try again. {example}"),
    # Help
    "help_question": N_("Why I ask: {help}"),
    "help_commands": N_(
        "You can write: 'skip', 'change' to fix an answer, 'pause', 'person' to talk to "
        "someone, 'language', or 'start over'."),
    # Control
    "paused": N_(
        "Okay, we stop here. Your answers are saved. Write to me any time, even in a few "
        "days, and we will continue."),
    "welcome_back": N_("Welcome back. Let's continue."),
    "resume_offer": N_(
        "Welcome back. Your answers are saved. Do you want to continue where you stopped?"),
    "resume_continue": N_("Continue"),
    "resume_start_over": N_("Start over"),
    "contact_requested": N_(
        "I have asked a person from the legal team to contact you. You can keep "
        "answering while you wait."),
    "delete_confirm": N_(
        "Delete everything you told us and every file you sent? This cannot be undone. "
        "Only your case number and the dates stay in our records."),
    "delete_yes": N_("Yes, delete it all"),
    "delete_no": N_("No, keep my answers"),
    "delete_done": N_(
        "Done. Your answers, files and messages are deleted. If you write again, we "
        "start a new conversation."),
    "delete_cancelled": N_("Okay, nothing was deleted."),
    "restart_confirm": N_(
        "Start over from the beginning? Your earlier answers stay saved for the lawyer."),
    "restart_done": N_("Okay, we start again."),
    "restart_cancelled": N_("Okay, we keep going."),
    "language_menu": N_("Choose your language:"),
    "language_changed": N_("Okay, we continue in English."),
    "change_pick_section": N_("Which part do you want to change?"),
    "change_pick_question": N_("Which answer do you want to change?"),
    "change_nothing_yet": N_("You have not answered any question yet."),
    "change_cancelled": N_("Okay, nothing changed."),
    "cancel": N_("Cancel"),
    # When a reply to an open question sounds like a command, we ask which it was.
    "confirm_command": N_("Sorry, I am not sure. What did you mean?"),
    "command_is_answer": N_("That is my answer"),
    "command_skip": N_("Skip this question"),
    "command_dont_know": N_("I don't know"),
    "command_tell_lawyer": N_("I will tell the lawyer"),
    "command_help": N_("Help with this question"),
    "command_pause": N_("Pause for now"),
    "command_start_over": N_("Start over"),
    "command_change_answer": N_("Change an earlier answer"),
    "command_change_language": N_("Change language"),
    "command_talk_to_person": N_("Talk to a person"),
    "command_delete_data": N_("Delete my data"),
    "you_are_welcome": N_("You are welcome."),
    "greeting_again": N_("Hello again."),
    # Review and end (part 9)
    "review_intro": N_("Almost done. Let's check your answers, part by part."),
    "review_section": N_("{title}:\n{lines}"),
    "review_is_right": N_("Is this right?"),
    "review_fix": N_("Change something"),
    "review_value_skipped": N_("(skipped)"),
    "review_value_dont_know": N_("(don't know)"),
    "review_value_tell_lawyer": N_("(will tell the lawyer)"),
    "review_value_private": N_("(answered; not shown here, for your privacy)"),
    "done": N_(
        "Thank you. Your answers are with the legal team. Your case reference is "
        "{reference}. Keep it to talk to us."),
    "documents_intro": N_("Please start gathering these documents:"),
    "documents_none": N_("You said you already have the main documents. Keep them safe."),
    "done_next": N_(
        "A person from the legal team will review your case and contact you. This is not "
        "legal advice and no decision has been made."),
    "already_done": N_(
        "Your answers are already with the legal team (reference {reference}). Write "
        "'change' to fix an answer or 'person' to talk to someone."),
}
