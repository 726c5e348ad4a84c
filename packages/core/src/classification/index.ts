export {
  AGE_GROUP_SETS,
  AGE_GROUP_SET_IDS,
  type AgeGroupBand,
  type AgeGroupSet,
  type AgeGroupSetId,
  ageGroupIndex,
  ageGroupIndexer,
  ageGroupOf,
  resolveAgeGroupSet,
} from "./age-groups";
