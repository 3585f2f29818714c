import type { CSSProperties, ReactNode } from "react";
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/translate";

// Inline styles only: many mail clients drop <style> blocks and ignore classes.
export const emailStyles = {
  body: { backgroundColor: "#f5f5f4", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", margin: "24px auto", maxWidth: "560px", padding: "24px 28px", borderRadius: "8px" },
  brand: { color: "#57534e", fontSize: "13px", fontWeight: 600, letterSpacing: "0.04em", margin: "0 0 16px" },
  heading: { color: "#1c1917", fontSize: "22px", lineHeight: "28px", margin: "0 0 12px" },
  text: { color: "#292524", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  muted: { color: "#78716c", fontSize: "13px", lineHeight: "19px", margin: "0 0 8px" },
  footer: { color: "#a8a29e", fontSize: "12px", lineHeight: "18px", margin: "0" },
  hr: { borderColor: "#e7e5e4", margin: "20px 0" },
} satisfies Record<string, CSSProperties>;

type EmailLayoutProps = {
  locale: Locale;
  /** The line mail clients show next to the subject. */
  preview: string;
  heading: string;
  footer: string;
  children: ReactNode;
};

/** The frame every Keyslot e-mail shares: brand line, heading, content, footer. */
export function EmailLayout({ locale, preview, heading, footer, children }: EmailLayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={emailStyles.body}>
        <Container style={emailStyles.container}>
          <Text style={emailStyles.brand}>KEYSLOT</Text>
          <Heading as="h1" style={emailStyles.heading}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={emailStyles.hr} />
          <Text style={emailStyles.footer}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
