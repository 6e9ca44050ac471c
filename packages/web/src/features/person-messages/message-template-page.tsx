import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { MessageTemplateForm } from './message-template-form.tsx';
import { useMessageTemplates } from './person-message-queries.ts';

/** `/admin/message-templates/:id` (admins): change one template's wording. */
export function MessageTemplatePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const templates = useMessageTemplates();
  const template = templates.data?.find((t) => t.id === id);
  usePageTitle(template ? `Edit: ${template.name}` : 'Message template');

  return (
    <>
      <BackLink to="/admin/message-templates">Message templates</BackLink>
      <QueryState query={templates} what="the message template">
        {() =>
          template ? (
            <>
              <h1>
                <span className="nhsuk-caption-l">
                  Message template<span className="nhsuk-u-visually-hidden"> – </span>
                </span>
                {template.name}
              </h1>
              <MessageTemplateForm
                template={template}
                onSaved={() => navigate('/admin/message-templates', { state: { flash: `${template.name}: wording saved` } })}
              />
            </>
          ) : (
            <>
              <h1>Message template not found</h1>
              <p className="nhsuk-body">It may have been removed. Choose one from the list of message templates.</p>
            </>
          )
        }
      </QueryState>
    </>
  );
}
