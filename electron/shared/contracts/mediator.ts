// Contract methods of the mediator area: mediators, their training records and discipline events.
import { z } from 'zod';
import { byId, deleted, mutation, query } from '../contract-spec';
import { recordId } from '../schemas/common';
import { mediator, mediatorInput, mediatorListInput, mediatorPage, mediatorUpdateInput } from '../schemas/mediator';
import {
  mediatorDiscipline,
  mediatorDisciplineCreateInput,
  mediatorDisciplineList,
  mediatorDisciplineUpdateInput,
} from '../schemas/mediator-discipline';
import {
  mediatorTraining,
  mediatorTrainingCreateInput,
  mediatorTrainingListInput,
  mediatorTrainingPage,
  mediatorTrainingUpdateInput,
} from '../schemas/mediator-training';

export const mediatorContract = {
  'mediator.list': query(mediatorListInput, mediatorPage),
  'mediator.get': query(byId, mediator),
  'mediator.create': mutation(mediatorInput, mediator),
  'mediator.update': mutation(mediatorUpdateInput, mediator),
  'mediator.delete': mutation(byId, deleted),
  'mediatorTraining.list': query(mediatorTrainingListInput, mediatorTrainingPage),
  'mediatorTraining.create': mutation(mediatorTrainingCreateInput, mediatorTraining),
  'mediatorTraining.update': mutation(mediatorTrainingUpdateInput, mediatorTraining),
  'mediatorTraining.delete': mutation(byId, deleted),
  'mediatorDiscipline.list': query(z.object({ mediatorId: recordId }), mediatorDisciplineList),
  'mediatorDiscipline.create': mutation(mediatorDisciplineCreateInput, mediatorDiscipline),
  'mediatorDiscipline.update': mutation(mediatorDisciplineUpdateInput, mediatorDiscipline),
  'mediatorDiscipline.delete': mutation(byId, deleted),
} as const;
