import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';

import type { RunLanguage } from '../lib/run-types';

export interface CodeEditorProps {
  value: string;
  language: RunLanguage;
  onChange: (code: string) => void;
  /** The accessible name of the editor. */
  label: string;
  /** The id of a text describing how to leave the editor with the keyboard. */
  describedBy?: string;
}

const contentAttributes = (label: string, describedBy?: string) =>
  EditorView.contentAttributes.of({ 'aria-label': label, ...(describedBy ? { 'aria-describedby': describedBy } : {}) });

const languageSupport = (language: RunLanguage) => (language === 'python' ? python() : javascript());

/**
 * CodeMirror 6. Tab indents; Escape then Tab moves the focus out (CodeMirror's tab focus mode),
 * so a keyboard user is never trapped.
 */
export default function CodeEditor({ value, language, onChange, label, describedBy }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const attributesSlot = useRef(new Compartment());
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          indentUnit.of('    '),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          languageSlot.current.of(languageSupport(language)),
          attributesSlot.current.of(contentAttributes(label, describedBy)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latestOnChange.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; value and language are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(languageSupport(language)) });
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({ effects: attributesSlot.current.reconfigure(contentAttributes(label, describedBy)) });
  }, [label, describedBy]);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  return (
    <div
      ref={host}
      className="min-h-64 overflow-auto rounded-lg bg-white text-sm text-neutral-900 ring-1 ring-neutral-300 [&_.cm-editor]:min-h-64 [&_.cm-focused]:outline-2 [&_.cm-focused]:outline-indigo-500"
    />
  );
}
