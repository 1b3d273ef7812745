"""Built-in and keyword interpreters on tricky French and English sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from custom_components.synesthetic_dj.moodcore import (
    BuiltinInterpreter,
    ContractError,
    Interpreter,
    KeywordInterpreter,
    compose,
    get_interpreter,
    validate_ambiance,
    validate_interpretation,
)
from custom_components.synesthetic_dj.moodcore.builtin import MODEL_PATH


@pytest.fixture(scope="module")
def builtin() -> BuiltinInterpreter:
    return BuiltinInterpreter()


def test_weights_are_small() -> None:
    assert MODEL_PATH.stat().st_size <= 2_000_000


def test_factory() -> None:
    assert isinstance(get_interpreter("builtin"), BuiltinInterpreter)
    assert isinstance(get_interpreter("keyword"), KeywordInterpreter)
    assert isinstance(get_interpreter("keyword"), Interpreter)
    with pytest.raises(ContractError):
        get_interpreter("gpt")


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Je me sens nostalgique ce soir", "nostalgie"),
        ("we just won the final!", "victoire"),
        ("On a gagné la finale !!!", "victoire"),
        ("Je suis tellement triste depuis que mon chat est mort", "tristesse"),
        ("I'm furious, my neighbour scratched my car again", "colere"),
        ("Il y a une énorme araignée dans la douche, au secours !", "panique"),
        ("I'm so worried about my exam tomorrow", "inquietude"),
        ("Je suis hyper curieux de comprendre comment marchent les trous noirs", "curiosite"),
        ("Un bain chaud, une tisane, tout est calme", "detente"),
        ("I can't wait, we're going to the festival tonight!!", "euphorie"),
        ("J'ai la tête dans les nuages, je rêvasse", "reverie"),
        ("Who is the killer? I need to know how this ends", "suspense"),
        ("Quelle belle journée, je suis de bonne humeur", "bonnehumeur"),
    ],
)
def test_builtin_reads_the_mood(builtin: BuiltinInterpreter, text: str, mood: str) -> None:
    result = builtin.interpret(text)
    assert result.mood == mood, (text, result)
    assert result.confidence > 0.2


def test_negation_is_not_sadness(builtin: BuiltinInterpreter) -> None:
    assert builtin.interpret("je ne suis pas triste, juste fatigué").mood != "tristesse"
    assert builtin.interpret("I'm not sad at all, just tired").mood != "tristesse"


def test_language_and_narration(builtin: BuiltinInterpreter) -> None:
    fr = builtin.interpret("Je me sens nostalgique ce soir, mets du bleu nuit")
    assert fr.lang == "fr"
    assert fr.wishes.colors == ("navy",)
    assert "bleu nuit" in fr.narration and "comme demandé" in fr.narration
    en = builtin.interpret("we just won the final! lights bright please")
    assert en.lang == "en"
    assert en.wishes.brightness == "bright"
    assert "as you asked" in en.narration
    assert builtin.interpret("we just won", lang="fr").lang == "fr"


def test_intensity_moves_valence_and_arousal(builtin: BuiltinInterpreter) -> None:
    mild = builtin.interpret("un peu triste")
    strong = builtin.interpret("TELLEMENT TRISTE, vraiment trop triste !!!")
    assert mild.mood == strong.mood == "tristesse"
    assert strong.valence < mild.valence
    assert strong.arousal > mild.arousal


@pytest.mark.parametrize("text", ["", "   ", "???", "\x00\x01\x02", "日本語のテキスト", "🫠🫠"])
def test_meaningless_input_is_neutral(builtin: BuiltinInterpreter, text: str) -> None:
    for interpreter in (builtin, KeywordInterpreter()):
        result = interpreter.interpret(text)
        assert result.mood == "detente"
        assert result.confidence == 0.0
        assert result.fallback_reason == "no_mood_signal"
        validate_ambiance(compose(result).as_dict())


def test_keyword_baseline() -> None:
    keyword = KeywordInterpreter()
    assert keyword.interpret("je suis triste").mood == "tristesse"
    assert keyword.interpret("I'm so scared").mood == "panique"
    assert keyword.interpret("pas triste du tout, je suis content").mood == "bonnehumeur"
    result = keyword.interpret("Je me sens nostalgique, lumière tamisée")
    assert result.interpreter == "keyword"
    assert result.wishes.brightness == "dim"
    validate_interpretation(result)


def test_builtin_probabilities(builtin: BuiltinInterpreter) -> None:
    probs = builtin.probabilities("je suis tellement triste")
    assert abs(sum(probs.values()) - 1.0) < 1e-4
    assert max(probs, key=lambda m: probs[m]) == "tristesse"


def test_shipped_model_round_trips(tmp_path: Path, builtin: BuiltinInterpreter) -> None:
    from custom_components.synesthetic_dj.moodcore import BuiltinModel

    model = builtin.model
    assert model.sem_table is None or model.sem_table.shape == (len(model.sem_words), 12)
    model.save(tmp_path / "copy.npz")
    assert (tmp_path / "copy.npz").read_bytes() == MODEL_PATH.read_bytes()
    again = BuiltinInterpreter(BuiltinModel.load(tmp_path / "copy.npz"))
    for text in ("je suis triste", "we won!", "funeral tomorrow"):
        assert again.interpret(text) == builtin.interpret(text)


@pytest.mark.parametrize("row_bits", [8, 4])
def test_hidden_layer_model_computes_and_round_trips(tmp_path: Path, row_bits: int) -> None:
    """Rows are summed into ReLU units, then the output layer; the file keeps all of it,
    8-bit or packed 4-bit rows alike (5 hidden units: an odd row length to pad)."""
    import numpy as np

    from custom_components.synesthetic_dj.moodcore import BuiltinModel
    from custom_components.synesthetic_dj.moodcore.builtin import dequantize_rows, quantize_rows
    from custom_components.synesthetic_dj.moodcore.contract import MOODS
    from custom_components.synesthetic_dj.moodcore.features import FeatureConfig, featurize
    from custom_components.synesthetic_dj.moodcore.text import analyze

    rng = np.random.default_rng(7)
    config = FeatureConfig(dim_bits=10)
    hidden = 5
    model = BuiltinModel(
        config=config,
        labels=MOODS,
        buckets=np.arange(1 << 10, dtype=np.int64),
        weights=dequantize_rows(
            *quantize_rows(rng.normal(size=(1 << 10, hidden)).astype("f4"), row_bits)
        ),
        bias=rng.normal(size=12).astype("f4"),
        hidden_bias=rng.normal(size=hidden).astype("f4"),
        output=rng.normal(size=(hidden, 12)).astype("f4"),
        row_bits=row_bits,
    )
    analysis = analyze("Mon chat est mort ce matin")
    index, values, _ = featurize(analysis, config)
    expected = model.bias + np.maximum(values @ model.weights[index] + model.hidden_bias, 0) @ (
        model.output
    )
    expected = np.exp(expected - expected.max())
    probs, known = model.scores(analysis)
    assert known > 0
    np.testing.assert_allclose(probs, expected / expected.sum(), rtol=1e-5, atol=1e-6)

    model.save(tmp_path / "hidden.npz")
    again = BuiltinModel.load(tmp_path / "hidden.npz")
    assert again.output is not None and again.output.shape == (hidden, 12)
    assert again.row_bits == row_bits
    np.testing.assert_array_equal(again.weights, model.weights)
    np.testing.assert_allclose(again.scores(analysis)[0], probs, rtol=1e-5, atol=1e-6)


def test_four_bit_rows_keep_every_level() -> None:
    import numpy as np

    from custom_components.synesthetic_dj.moodcore.builtin import (
        pack_int4,
        quantize_rows,
        unpack_int4,
    )

    levels = np.arange(-7, 8, dtype=np.int8)
    grid = np.stack([np.roll(levels, shift) for shift in range(15)])  # every value, every column
    assert pack_int4(grid).shape == (15, 8)
    np.testing.assert_array_equal(unpack_int4(pack_int4(grid), 15), grid)
    quantized, scales = quantize_rows(np.array([[0.6, -1.4, 0.0]], dtype=np.float32), 4)
    assert quantized.tolist() == [[3, -7, 0]] and float(scales[0]) == pytest.approx(0.2, 1e-3)
    with pytest.raises(ValueError):
        quantize_rows(np.ones((1, 2), dtype=np.float32), 6)


def test_shared_rows_weigh_in_but_do_not_make_a_word_known() -> None:
    """Buckets without a row of their own share the rows after the own ones (by low bits):
    they add their weight, but a sentence of such words has no known word (no mood signal)."""
    import numpy as np

    from custom_components.synesthetic_dj.moodcore import BuiltinModel
    from custom_components.synesthetic_dj.moodcore.contract import MOODS
    from custom_components.synesthetic_dj.moodcore.features import FeatureConfig, featurize
    from custom_components.synesthetic_dj.moodcore.text import analyze

    config = FeatureConfig(dim_bits=10)
    own = np.unique(featurize(analyze("triste"), config)[0])
    rng = np.random.default_rng(3)
    model = BuiltinModel(
        config=config,
        labels=MOODS,
        buckets=own,
        weights=rng.normal(size=(len(own) + 4, 12)).astype("f4"),
        bias=np.zeros(12, dtype="f4"),
        shared_bits=2,
    )
    index, values, _ = featurize(analyze("zorglub"), config)
    rows = np.where(np.isin(index, own), np.searchsorted(own, index), len(own) + (index & 3))
    expected = values @ model.weights[rows]
    expected = np.exp(expected - expected.max())
    probs, known = model.scores(analyze("zorglub"))
    assert known == 0
    np.testing.assert_allclose(probs, expected / expected.sum(), rtol=1e-5, atol=1e-6)
    wordy = featurize(analyze("triste"), config)[2]
    assert model.scores(analyze("triste"))[1] == int(wordy.sum()) > 0
