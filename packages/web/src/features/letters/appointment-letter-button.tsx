import { MakeLetterButton } from './make-letter-button.tsx';

interface AppointmentLetterButtonProps {
  appointmentId: string;
  /** Tick "Large print" to start with, e.g. when the person's record asks for it. */
  largePrintByDefault?: boolean;
}

/**
 * The letter telling the person about a booked appointment (date and time in UK time, how and
 * where, who with, how to change it), for the appointment screens.
 */
export function AppointmentLetterButton({ appointmentId, largePrintByDefault }: AppointmentLetterButtonProps) {
  return (
    <MakeLetterButton
      source={{ from: 'appointment', appointmentId }}
      label="Appointment letter (PDF)"
      largePrintByDefault={largePrintByDefault}
    />
  );
}
