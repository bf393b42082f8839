/** Catches a screen that failed to load or render, and says so instead of leaving a blank page. */
import { Component, type ReactNode } from 'react';

/** The boundary; `message` is shown with the error's text. */
export class ErrorBoundary extends Component<{ message: string; children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="notice">
        <p>{this.props.message}</p>
        <pre className="excerpt">{this.state.error}</pre>
      </div>
    );
  }
}
