"""The Twilio benchmark's table, and the redirect that keeps Rasa's channel faithful."""
from __future__ import annotations

from bench.twilio_baseline import RedirectedTwilioInput, RedirectedTwilioOutput, redirect_url
from bench.twilio_report import ChannelMeasurement, channel_comparison_table, ratio
from bench.twilio_traffic import TwilioLoadResult


def _measurement(name: str, scale: float, messages_per_turn: int) -> ChannelMeasurement:
    load = TwilioLoadResult(acks=[0.01 * scale, 0.02 * scale],
                            first_replies=[0.1 * scale, 0.2 * scale],
                            last_replies=[0.1 * scale, 0.4 * scale],
                            messages_out=2 * messages_per_turn)
    return ChannelMeasurement(name, load, cpu_seconds={"rasa": 0.08 * scale})


def test_ratio_is_rounded_and_none_without_a_divisor():
    assert ratio(1.0, 3.0) == 0.33
    assert ratio(1.0, 0.0) is None
    assert ratio(None, 1.0) is None


def test_table_puts_the_channels_side_by_side_with_ratios():
    table = channel_comparison_table([_measurement("ours", 1.0, 1),
                                      _measurement("rasa built-in", 4.0, 5)])
    lines = table.splitlines()
    header = lines[0]
    assert "| ours" in header and "rasa built-in" in header and "ours / rasa built-in" in header
    ack_max = next(line for line in lines if line.startswith("| webhook acknowledgement max"))
    assert "| 20 " in ack_max and "| 80 " in ack_max and "0.25x" in ack_max
    per_turn = next(line for line in lines if line.startswith("| messages sent per turn"))
    assert "1.00" in per_turn and "5.00" in per_turn and "0.20x" in per_turn
    cpu = next(line for line in lines if line.startswith("| Rasa server CPU per turn"))
    assert "40.0" in cpu and "160.0" in cpu
    action_cpu = next(line for line in lines if line.startswith("| action server CPU"))
    assert action_cpu.count("| -") == 3   # not measured on either side: no figure, no ratio


def test_table_with_one_channel_has_no_ratio_column():
    table = channel_comparison_table([_measurement("ours", 1.0, 1)])
    assert " / " not in table.splitlines()[0]


def test_a_channel_with_no_reply_shows_dashes():
    table = channel_comparison_table([ChannelMeasurement("ours"), _measurement("b", 1.0, 1)])
    p50 = next(line for line in table.splitlines() if line.startswith("| reply, first message p50"))
    assert p50.split("|")[2].strip() == "-"


def test_redirect_keeps_the_path_and_changes_only_the_host():
    url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json"
    assert (redirect_url(url, "http://127.0.0.1:1234")
            == "http://127.0.0.1:1234/2010-04-01/Accounts/AC1/Messages.json")


def test_rasa_channel_sends_to_the_fake_host():
    channel = RedirectedTwilioInput.from_credentials({
        "account_sid": "AC1", "auth_token": "t", "twilio_number": "+15550108888",
        "api_base_url": "http://127.0.0.1:1234"})
    output = channel.get_output_channel()
    assert isinstance(output, RedirectedTwilioOutput)
    assert output.twilio_number == "+15550108888"
    uri = output.api.v2010.absolute_url("Accounts/AC1/Messages.json")
    assert output.get_hostname(uri) == (
        "http://127.0.0.1:1234/2010-04-01/Accounts/AC1/Messages.json")
