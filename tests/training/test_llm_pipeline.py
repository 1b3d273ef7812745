"""The LLM pipeline end to end on a tiny random llama model (issue 7).

LoRA steps → torch merge → GGUF export → llama.cpp gives the same logits and greedy tokens as
transformers; the numpy-only merge gives the same tensors; exports are byte-for-byte
reproducible; prepare masks everything but the answer. The tiny model (hidden 64, 2 layers,
4 heads, 2 KV heads) uses SmolLM2's real tokenizer, so its GGUF carries the real vocabulary.
"""

from __future__ import annotations

# isort: split

import hashlib
from pathlib import Path
from typing import Any

import pytest

torch = pytest.importorskip("torch")
gguf = pytest.importorskip("gguf")
pytest.importorskip("peft")
pytest.importorskip("transformers")
llama_cpp = pytest.importorskip("llama_cpp")

import numpy as np  # noqa: E402

from training import finetune, merge, merge_numpy  # noqa: E402
from training.gguf_export import export_gguf  # noqa: E402
from training.prepare import IGNORE, build, render_prompt, system_ids  # noqa: E402

TEXTS = [
    "Je suis un peu triste ce soir.",
    "What a day, we won the final!!",
    "Mets du bleu, j'ai besoin de calme.",
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    return finetune.load_tokenizer(finetune.default_base())


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory, tokenizer: Any) -> dict[str, Any]:
    """Tiny base (HF folder + F32 GGUF), a LoRA adapter trained a few steps, both merges."""
    from transformers import LlamaConfig, LlamaForCausalLM

    tmp = tmp_path_factory.mktemp("llm")
    finetune.seed_everything(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        rms_norm_eps=1e-5,
        tie_word_embeddings=True,
        bos_token_id=1,
        eos_token_id=2,
        pad_token_id=2,
        initializer_range=0.2,  # wide init: peaked logits, no greedy near-ties
    )
    base = LlamaForCausalLM(config).eval()
    base_dir = tmp / "tiny-base"
    base.save_pretrained(str(base_dir))
    base_gguf = export_gguf(base, finetune.default_base(), tmp / "tiny-base.f32.gguf", "f32")

    model = finetune.add_lora(finetune.load_model(base_dir), rank=4, alpha=8, dropout=0.0)
    examples = build(tokenizer, "train", limit=8)
    prefix = system_ids(tokenizer)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=3e-2)
    for step in range(3):
        batch = [examples[i] for i in finetune.batch_indices(step, 4, len(examples), 0)]
        loss, _ = finetune.prefix_loss(model, batch, prefix, tokenizer.eos_token_id)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    adapter = tmp / "adapter"
    model.save_pretrained(str(adapter))

    torch_dir = tmp / "torch"
    (f16,) = merge.merge_and_export(adapter, torch_dir, ["f16"], base_dir, base_gguf)
    numpy_f16 = tmp / "numpy.f16.gguf"
    merge_numpy.merge(base_gguf, adapter, numpy_f16, "f16")
    return {
        "tmp": tmp,
        "base_dir": base_dir,
        "base_gguf": base_gguf,
        "adapter": adapter,
        "f16": f16,
        "numpy_f16": numpy_f16,
    }


def test_prepare_masks_all_but_the_answer(tokenizer: Any) -> None:
    from moodcore import llm_output_to_json, parse_llm_output

    for example in build(tokenizer, "test", limit=20):
        answer = [
            t for t, label in zip(example.input_ids, example.labels, strict=True) if label != IGNORE
        ]
        first = example.labels.index(answer[0])
        assert all(label == IGNORE for label in example.labels[:first])
        assert example.labels[first:] == example.input_ids[first:]
        assert answer[-1] == tokenizer.eos_token_id
        target = tokenizer.decode(answer[:-1])
        assert llm_output_to_json(parse_llm_output(target)) == target
        prompt = tokenizer(render_prompt(tokenizer, "x"), add_special_tokens=False).input_ids
        assert tokenizer.decode(example.input_ids[:first]).endswith("<|im_start|>assistant\n")
        assert len(prompt) < first


def test_every_target_parses() -> None:
    from moodcore import llm_output_to_json, parse_llm_output
    from training.prepare import rows_for, target_json

    for split in ("train", "validation", "test"):
        for row in rows_for(split):
            target = target_json(row)
            assert llm_output_to_json(parse_llm_output(target)) == target
            assert parse_llm_output(target).mood == row["mood"]


def test_prefix_cache_loss_equals_plain_loss(chain: dict[str, Any], tokenizer: Any) -> None:
    model = finetune.add_lora(finetune.load_model(chain["base_dir"]), 4, 8, 0.0)
    for name, param in model.named_parameters():  # non-zero B so LoRA matters in both paths
        if "lora_B" in name:
            torch.nn.init.normal_(param, std=0.05)
    batch = build(tokenizer, "train", limit=5)
    plain, n1 = finetune.full_loss(model, batch, tokenizer.eos_token_id)
    cached, n2 = finetune.prefix_loss(model, batch, system_ids(tokenizer), tokenizer.eos_token_id)
    assert n1 == n2
    torch.testing.assert_close(plain, cached, rtol=1e-5, atol=1e-5)


def test_data_order_is_a_pure_function_of_seed_and_step() -> None:
    first = [finetune.batch_indices(s, 16, 100, 7) for s in range(13)]
    assert first == [finetune.batch_indices(s, 16, 100, 7) for s in range(13)]
    epoch = sorted(i for batch in first[:6] for i in batch)[:96]
    assert len(set(epoch)) == len(epoch)  # no repeat inside an epoch
    assert first != [finetune.batch_indices(s, 16, 100, 8) for s in range(13)]


def test_llama_cpp_matches_transformers(chain: dict[str, Any], tokenizer: Any) -> None:
    model = merge.merged_model(chain["base_dir"], chain["adapter"])
    with torch.no_grad():  # what the F16 file holds: compare like with like
        for param in model.parameters():
            param.copy_(param.half().float())
    llm = llama_cpp.Llama(
        model_path=str(chain["f16"]), n_ctx=512, logits_all=True, seed=0, verbose=False
    )
    for text in TEXTS:
        prompt = render_prompt(tokenizer, text)
        ids = tokenizer(prompt, add_special_tokens=False).input_ids
        assert llm.tokenize(prompt.encode(), add_bos=False, special=True) == ids
        with torch.no_grad():
            expected = model(torch.tensor([ids])).logits[0].numpy()
        llm.reset()
        llm.eval(ids)
        got = np.asarray(llm.scores[: len(ids)])
        assert np.abs(got - expected).max() < 0.05 * np.abs(expected).max()
        hf = model.generate(
            torch.tensor([ids]),
            max_new_tokens=10,
            min_new_tokens=10,
            do_sample=False,
            pad_token_id=2,
        )[0, len(ids) :].tolist()
        llm.reset()
        cpp = []
        for token in llm.generate(ids, temp=0.0, top_k=1, repeat_penalty=1.0):
            cpp.append(token)
            if len(cpp) == 10:
                break
        assert cpp == hf, text


def test_numpy_merge_matches_torch_merge(chain: dict[str, Any]) -> None:
    torch_file = gguf.GGUFReader(str(chain["f16"]))
    numpy_file = gguf.GGUFReader(str(chain["numpy_f16"]))
    assert [t.name for t in torch_file.tensors] == [t.name for t in numpy_file.tensors]
    for a, b in zip(torch_file.tensors, numpy_file.tensors, strict=True):
        assert a.tensor_type == b.tensor_type
        x, y = merge_numpy.dequantize(a), merge_numpy.dequantize(b)
        np.testing.assert_allclose(x, y, rtol=2e-3, atol=1e-4, err_msg=a.name)
    keys = [k for k in torch_file.fields if not k.startswith("GGUF.")]
    assert keys == [k for k in numpy_file.fields if not k.startswith("GGUF.")]
    for key in ("tokenizer.chat_template", "tokenizer.ggml.eos_token_id", "llama.block_count"):
        assert torch_file.fields[key].contents() == numpy_file.fields[key].contents()


def test_exports_are_byte_for_byte_reproducible(chain: dict[str, Any]) -> None:
    tmp = chain["tmp"]
    (again,) = merge.merge_and_export(
        chain["adapter"], tmp / "again", ["f16"], chain["base_dir"], chain["base_gguf"]
    )
    assert sha256(again) == sha256(chain["f16"])
    for kind in ("f16", "q8_0"):
        one, two = tmp / f"np1.{kind}.gguf", tmp / f"np2.{kind}.gguf"
        merge_numpy.merge(chain["base_gguf"], chain["adapter"], one, kind)
        merge_numpy.merge(chain["base_gguf"], chain["adapter"], two, kind)
        assert sha256(one) == sha256(two)


def test_q8_0_export_loads_and_keeps_metadata(chain: dict[str, Any]) -> None:
    out = chain["tmp"] / "numpy.q8_0.gguf"
    merge_numpy.merge(chain["base_gguf"], chain["adapter"], out, "q8_0")
    reader = gguf.GGUFReader(str(out))
    assert reader.fields["general.file_type"].contents() == int(gguf.LlamaFileType.MOSTLY_Q8_0)
    kinds = {t.name: t.tensor_type for t in reader.tensors}
    assert kinds["blk.0.attn_q.weight"] == gguf.GGMLQuantizationType.Q8_0
    assert kinds["blk.0.attn_norm.weight"] == gguf.GGMLQuantizationType.F32
    llm = llama_cpp.Llama(model_path=str(out), n_ctx=256, verbose=False)
    assert "<|im_start|>" in llm.metadata["tokenizer.chat_template"]


def test_llm_interpreter_answers_do_not_depend_on_the_previous_request(
    chain: dict[str, Any], tokenizer: Any
) -> None:
    """llama-cpp-python reuses the previous prompt's cache; the evaluation must not."""
    from moodcore import SYSTEM_PROMPT
    from training.llm_interpreter import LlmInterpreter

    first = LlmInterpreter(chain["f16"], threads=1)
    messages_ids = first.chat.prompt_ids(
        [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": TEXTS[0]}]
    )
    assert (
        messages_ids
        == tokenizer(render_prompt(tokenizer, TEXTS[0]), add_special_tokens=False).input_ids
    )
    alone = first.generate(TEXTS[0])
    other = LlmInterpreter(chain["f16"], threads=1)
    for text in (TEXTS[1], TEXTS[2], TEXTS[0] + " !", TEXTS[0]):
        after = other.generate(text)
    assert after == alone
    assert first.generate(TEXTS[0]) == alone
