'use client'

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { cn } from './cn'

interface PopoverProps {
  label: ReactNode
  /** Accessible name of the toggle button when `label` is not plain text. */
  ariaLabel?: string
  children: ReactNode
  className?: string
  align?: 'start' | 'end'
}

/** A disclosure button with a floating panel; Escape and clicks outside close it. */
export function Popover({ label, ariaLabel, children, className, align = 'start' }: PopoverProps) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div ref={root} className={cn('relative', className)}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1 rounded border border-line bg-paper px-2 py-1 text-sm hover:bg-wash"
      >
        {label}
        <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        hidden={!open}
        className={cn('absolute z-20 mt-1 min-w-56 rounded border border-line bg-paper p-2 shadow-lg', align === 'end' ? 'right-0' : 'left-0')}
      >
        {children}
      </div>
    </div>
  )
}
