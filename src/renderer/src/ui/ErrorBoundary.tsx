import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = { fallback: (reset: () => void) => ReactNode; children: ReactNode }
type State = { hasError: boolean }

/** Catches render errors so one broken view never blanks the whole window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { hasError: false }

  static getDerivedStateFromError(): State {
    return { hasError: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the message: component props may hold personal data.
    console.error(
      '[renderer] view crashed:',
      error.message,
      info.componentStack?.split('\n')[1] ?? ''
    )
  }

  reset = (): void => this.setState({ hasError: false })

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.reset) : this.props.children
  }
}
