import type { ReactNode } from "react";

/** A semantic table: the caption names it for screen readers, headers are column headers. */
export function DataTable({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-4 py-3 text-left text-xs font-semibold uppercase tracking-wide text-stone-600">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}

/** The first cell of a row: it names the row for screen readers. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="px-4 py-3 text-left align-top font-medium text-stone-900">
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-4 py-3 align-top text-stone-700 ${className}`}>{children}</td>;
}

/** Shown in a cell that has no value, e.g. a member without phone number. */
export function Missing({ children }: { children: ReactNode }) {
  return <span className="text-stone-400">{children}</span>;
}
