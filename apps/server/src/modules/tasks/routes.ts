import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CLIENT_DATA_ROLES } from '@avain/domain';
import { tasksResponse } from './schema.ts';
import { tasksOf } from './service.ts';

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  // Not marked as client data: a task names only clients of the user's own work items (plans they
  // are responsible for, referrals they sent, pre-assessments the client sent to their unit), and
  // opening the task goes through the client-data policy like any other read.
  app.get(
    '/api/tasks',
    {
      config: { access: CLIENT_DATA_ROLES },
      schema: { tags: ['tasks'], summary: "The professional's tasks: plan reviews due, unanswered referrals, pre-assessments to review", response: { 200: tasksResponse } },
    },
    async (request) => tasksOf(app.db, { user: request.user!, requestId: request.id, ip: request.ip }, app.config.referralAnswerHours),
  );
};
