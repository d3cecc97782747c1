// A one-line form of the admin pages (new user, token, digest…).
import type { ComponentChildren } from 'preact';

/** A one-line form that submits without reloading the page. */
export function InlineForm(props: { onSubmit(): void; children: ComponentChildren }) {
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
